"""Sign-up, login (applying the learner's language), logout, password, language."""

import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from . import personal_data
from .forms import DeleteAccountForm, LanguageForm, SignUpForm
from .services import language_home, profile_for, set_language


def _safe_next(request, default="/"):
    target = request.POST.get("next") or request.GET.get("next") or default
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = default
    return target


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect(reverse("accounts:settings"))
    form = SignUpForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        user = form.save()
        set_language(user=user, language=form.cleaned_data["language"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Basira, %(name)s.") % {"name": user.username})
        return redirect(language_home(form.cleaned_data["language"], _safe_next(request)))
    return render(request, "literacy/accounts/signup.html", {"form": form,
                                                              "next": _safe_next(request, "")})


class LoginView(auth_views.LoginView):
    template_name = "literacy/accounts/login.html"
    redirect_authenticated_user = True

    def get_success_url(self):
        # The learner's own language, whatever the language of the login page.
        language = profile_for(self.request.user).language
        return language_home(language, super().get_success_url())


class LogoutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]

    def get_success_url(self):
        return f"/{get_language()}/"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "literacy/accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request):
    profile = profile_for(request.user)
    form = LanguageForm(request.POST or None, initial={"language": profile.language})
    if request.method == "POST" and form.is_valid():
        set_language(user=request.user, language=form.cleaned_data["language"])
        language = form.cleaned_data["language"]
        with translation.override(language):
            messages.success(request, _("Your interface language is saved."))
            return redirect(reverse("accounts:settings"))
    return render(request, "literacy/accounts/settings.html", {"form": form,
                                                                "profile": profile})


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
    body = json.dumps(personal_data.export(request.user), cls=DjangoJSONEncoder,
                      ensure_ascii=False, indent=2)
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
