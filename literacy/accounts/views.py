"""Sign-up, login (applying the learner's language), logout, password, language, and the
two ways back into an account: a recovery code, or a link by email."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from .. import conf
from ..exports_audit import record_export
from ..security.rate_limits import by_client, by_name_typed, rate_limited
from ..security.sessions import end_sessions
from ..security.shared_devices import mark_shared
from . import app_identity, personal_data, recovery
from .forms import (
    AppIdentityForm,
    DeleteAccountForm,
    LanguageForm,
    LoginForm,
    NewRecoveryCodesForm,
    RecoveryForm,
    SignUpForm,
)
from .services import (
    app_identity_of,
    language_home,
    language_of,
    profile_for,
    set_app_identity,
    set_language,
)


def _safe_next(request, default="/"):
    target = request.POST.get("next") or request.GET.get("next") or default
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = default
    return target


@require_http_methods(["GET", "POST"])
@rate_limited("signup", key=by_client)
def signup(request):
    if request.user.is_authenticated:
        return redirect(reverse("accounts:settings"))
    form = SignUpForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        user = form.save()
        set_language(user=user, language=form.cleaned_data["language"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        language = form.cleaned_data["language"]
        with translation.override(language):
            messages.success(request, _("Welcome to Basira, %(name)s.") % {"name": user.username})
        return _show_codes_once(request, recovery.issue_codes(user=user), language=language,
                                next_url=_safe_next(request, ""))
    return render(request, "literacy/accounts/signup.html", {"form": form,
                                                              "next": _safe_next(request, "")})


class LoginView(auth_views.LoginView):
    template_name = "literacy/accounts/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        if form.cleaned_data.get("shared_device"):
            mark_shared(self.request)
        app_identity.remember(self.request, app_identity_of(self.request.user))
        return response

    def get_success_url(self):
        # The learner's own language, whatever the language of the login page.
        language = language_of(self.request.user)
        return language_home(language, super().get_success_url())


class LogoutView(auth_views.LogoutView):
    """Signs out; the URLconf wraps it in ``clears_site_data`` (a shared phone keeps nothing).

    Clear-Site-Data also drops the cookie of the fresh session, so the "signed out"
    notice is a page of its own rather than a message stored in it. Guarded by
    tests/literacy/test_shared_devices.py::test_sign_out_clears_the_site_data."""

    http_method_names = ["post", "options"]

    def get_success_url(self):
        return reverse("accounts:signed_out")


@require_safe
def signed_out(request):
    return render(request, "literacy/accounts/signed_out.html")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "literacy/accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request):
    form = LanguageForm(request.POST or None, initial={"language": language_of(request.user)})
    if request.method == "POST" and form.is_valid():
        set_language(user=request.user, language=form.cleaned_data["language"])
        language = form.cleaned_data["language"]
        with translation.override(language):
            messages.success(request, _("Your interface language is saved."))
            return redirect(reverse("accounts:settings"))
    return render(request, "literacy/accounts/settings.html", {
        "form": form,
        "identity_form": AppIdentityForm(
            initial={"app_identity": app_identity_of(request.user)}),
        "recovery_codes_left": recovery.codes_left(request.user),
    })


@login_required
@require_POST
def app_identity_choice(request):
    """The installed app's name and icon; pages and the manifest follow at once."""
    form = AppIdentityForm(request.POST)
    if form.is_valid():
        set_app_identity(user=request.user, identity=form.cleaned_data["app_identity"])
        app_identity.remember(request, form.cleaned_data["app_identity"])
        messages.success(request, _("The name of the installed app is saved."))
    else:
        messages.error(request, _("Choose one of the names offered. Nothing was changed."))
    return redirect(reverse("accounts:settings"))


@require_safe
def web_manifest(request):
    """The site's web app manifest, with the name and icons this learner chose."""
    identity = app_identity.IDENTITIES[app_identity.DEFAULT]
    if request.user.is_authenticated:
        key = app_identity_of(request.user)
        app_identity.remember(request, key)
        identity = app_identity.IDENTITIES.get(key, identity)
    return HttpResponse(json.dumps(app_identity.manifest(identity), ensure_ascii=False),
                        content_type="application/manifest+json")


@require_POST
def forget_device(request):
    """Signs out (if signed in) and, through ``clears_site_data`` in the URLconf, asks the
    browser to drop this site's cookies, cache and storage (offline lessons included).
    Open to a signed-out visitor too: whoever holds the phone may clear it.
    Guarded by tests/literacy/test_forget_device.py::test_forget_this_device_clears_everything."""
    logout(request)
    return redirect(reverse("accounts:device_forgotten"))


@require_safe
def device_forgotten(request):
    """Also clears the H5P origin, which Clear-Site-Data of this origin does not reach:
    the page frames its ``forget`` address (quizzes/h5p/views.py)."""
    return render(request, "literacy/accounts/device_forgotten.html",
                  {"h5p_forget_url": _h5p_forget_url()})


def _h5p_forget_url() -> str:
    # Read from settings, as the CSP's frame-src is (literacy/security/headers.py): the
    # core does not import the quizzes app. Empty: H5P is served from this origin.
    origin = getattr(settings, "QUIZZES_H5P_ORIGIN", "").rstrip("/")
    try:
        return origin + reverse("quizzes_h5p:forget") if origin else ""
    except NoReverseMatch:  # a site without the H5P routes
        return ""


@login_required
@require_safe
@never_cache
def personal_data_page(request):
    """Everything Basira holds about the learner, readable and printable."""
    return render(request, "literacy/accounts/personal_data.html", {
        "sections": personal_data.readable(request.user),
        "exported_at": timezone.now(),
    })


@login_required
@require_safe
@never_cache
def personal_data_json(request):
    """The same, as a JSON file to keep or take elsewhere."""
    data = personal_data.export(request.user)
    record_export(actor=request.user, kind="personal-data", file_format="json",
                  scope="account", rows=sum(len(section["records"])
                                            for section in data["sections"].values()))
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="basira-my-data.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def delete_account(request):
    refused = personal_data.deletion_refused_reason(request.user)
    form = DeleteAccountForm(request.POST or None, request=request)
    if request.method == "POST" and refused is None and form.is_valid():
        # The form checked the password (counting failures towards the throttle).
        personal_data.erase(request.user)
        language = get_language()
        logout(request)
        with translation.override(language):
            messages.success(request, _("Your account has been deleted. Goodbye."))
        return redirect(f"/{language}/")
    return render(request, "literacy/accounts/delete.html", {"form": form,
                                                              "refused": refused},
                  status=403 if refused and request.method == "POST" else 200)


# Recovery codes ---------------------------------------------------------------------------

def _show_codes_once(request, codes: list[str], *, language: str | None = None,
                     next_url: str = ""):
    """Keep fresh codes in the session until the learner says they saved them."""
    request.session[recovery.SESSION_CODES] = codes
    url = reverse("accounts:recovery_codes")
    if language:
        url = language_home(language, url)
    if next_url:
        url = f"{url}?{urlencode({'next': next_url})}"
    return redirect(url)


def _catalogue_url() -> str:
    return resolve_url(conf.CATALOGUE_URL)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def recovery_codes(request):
    """The codes just made, shown until the learner confirms they saved them (POST), and
    then never again: only their hashes are stored.

    Guard: tests/literacy/test_account_recovery.py::test_codes_are_shown_once.
    """
    codes = request.session.get(recovery.SESSION_CODES)
    if not codes:
        messages.info(request, _("Recovery codes are shown only once. If you did not keep "
                                 "them, make a new set here."))
        return redirect(reverse("accounts:new_recovery_codes"))
    if request.method == "POST":
        del request.session[recovery.SESSION_CODES]
        return redirect(_safe_next(request, _catalogue_url()))
    return render(request, "literacy/accounts/recovery_codes.html", {
        "codes": codes, "username": request.user.get_username(),
        "next": _safe_next(request, ""),
    })


@login_required
@require_safe
@never_cache
def recovery_codes_txt(request):
    """The same codes as a text file, while the codes page still shows them."""
    codes = request.session.get(recovery.SESSION_CODES)
    if not codes:
        return redirect(reverse("accounts:new_recovery_codes"))
    lines = [
        _("Basira recovery codes"),
        _("Pseudonym: %(name)s") % {"name": request.user.get_username()},
        _("Each code works once, to set a new password if you forget yours."),
        "",
        *codes,
        "",
    ]
    response = HttpResponse("\r\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="basira-recovery-codes.txt"'
    return response


@login_required
@sensitive_post_parameters("password")
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def new_recovery_codes(request):
    """A fresh set of codes, replacing (and so invalidating) the old ones."""
    form = NewRecoveryCodesForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        codes = recovery.issue_codes(user=request.user)
        messages.success(request, _("Your new recovery codes are ready. The old ones no "
                                    "longer work."))
        return _show_codes_once(request, codes)
    return render(request, "literacy/accounts/new_recovery_codes.html", {
        "form": form, "codes_left": recovery.codes_left(request.user),
    })


@sensitive_post_parameters("code", "new_password1", "new_password2")
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
@rate_limited("recovery", key=by_client)
@rate_limited("recovery_name", key=by_name_typed("username"))
def recover(request):
    """Forgot your password: a recovery code, or (with an email address) a link by email.

    A learner with two-factor authentication is signed in half-way: the second-factor
    middleware still asks for their authenticator code (guard:
    tests/literacy/test_account_recovery.py::test_recovery_does_not_bypass_two_factor).
    """
    if request.user.is_authenticated:
        return redirect(reverse("accounts:password_change"))
    form = RecoveryForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        user = form.user
        left = recovery.reset_password(user=user, code=form.cleaned_data["code"],
                                       password=form.cleaned_data["new_password1"])
        if left is not None:
            login(request, user, backend=f"{ModelBackend.__module__}.{ModelBackend.__name__}")
            language = profile_for(user).language
            with translation.override(language):
                messages.success(request, _("Your password has been changed. You are signed "
                                            "in, and signed out everywhere else."))
                if left <= recovery.FEW_LEFT:
                    messages.warning(request, ngettext(
                        "Only %(count)d recovery code is left. Make a new set now.",
                        "Only %(count)d recovery codes are left. Make a new set now.",
                        left) % {"count": left})
                    return redirect(language_home(language,
                                                  reverse("accounts:new_recovery_codes")))
                messages.info(request, ngettext(
                    "You have %(count)d recovery code left.",
                    "You have %(count)d recovery codes left.", left) % {"count": left})
            return redirect(language_home(language, resolve_url(settings.LOGIN_REDIRECT_URL)))
        form.add_error(None, _("This recovery code has just been used. Nothing was changed."))
    return render(request, "literacy/accounts/recover.html", {"form": form}, status=(
        400 if request.method == "POST" and form.errors else 200))


# Password reset by email (Django's views, our templates) -----------------------------------

@method_decorator([rate_limited("recovery", key=by_client),
                   rate_limited("recovery_name", key=by_name_typed("email"))], name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    """Sends a link only to an account that has this email address; the page says the same
    whether or not one does (Django's behaviour, kept). Rate limited with recovery codes,
    per client and per address typed, so it cannot fill someone's inbox."""

    template_name = "literacy/accounts/password_reset_form.html"
    email_template_name = "literacy/accounts/password_reset_email.txt"
    subject_template_name = "literacy/accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "literacy/accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "literacy/accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        end_sessions(form.user)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "literacy/accounts/password_reset_complete.html"
