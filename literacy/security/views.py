"""Pages to set up, use and turn off two-factor authentication. Plain forms, no JavaScript."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from . import twofactor
from .forms import CodeForm, PasswordConfirmForm

SESSION_CODES = "basira_recovery_codes"


def _next_url(request, default: str | None = None) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default or reverse("security:manage")


def _show_codes_once(request, codes: list[str]) -> HttpResponseRedirect:
    request.session[SESSION_CODES] = codes
    url = reverse("security:recovery_codes")
    next_url = _next_url(request, "")
    return HttpResponseRedirect(f"{url}?{urlencode({'next': next_url})}" if next_url else url)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD"])
def manage(request):
    user = request.user
    return render(request, "literacy/security/manage.html", {
        "enabled": twofactor.has_two_factor(user),
        "required": twofactor.requires_two_factor(user),
        "codes_left": twofactor.recovery_codes_left(user),
    })


@never_cache
@sensitive_post_parameters("code")
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def setup(request):
    user = request.user
    replacing = twofactor.has_two_factor(user)
    if replacing and not twofactor.is_verified(user):
        # Someone with only the password must not be able to add their own authenticator.
        verify_url = reverse("security:verify")
        return redirect(f"{verify_url}?{urlencode({'next': reverse('security:setup')})}")
    device = twofactor.pending_totp_device(request)
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        codes = twofactor.confirm_totp(request=request, code=form.cleaned_data["code"])
        if codes is not None:
            request.session.cycle_key()
            messages.success(request, _("Two-factor authentication is on."))
            return _show_codes_once(request, codes)
        form.add_error("code", _("That code is not right. Check the time on your phone and "
                                 "enter the code the app shows now."))
    uri = twofactor.provisioning_uri(device)
    return render(request, "literacy/security/setup.html", {
        "form": form,
        "qr_svg": twofactor.qr_svg(uri),
        "secret": twofactor.secret_for_manual_entry(device),
        "replacing": replacing,
        "required": twofactor.requires_two_factor(user),
        "next": _next_url(request, ""),
    })


@never_cache
@sensitive_post_parameters("code")
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    user = request.user
    if twofactor.is_verified(user) or not twofactor.has_two_factor(user):
        return redirect(_next_url(request))
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if twofactor.verify(request=request, code=form.cleaned_data["code"]):
            request.session.cycle_key()
            return redirect(_next_url(request))
        form.add_error("code", _("That code is not right, or it was already used. Wait for "
                                 "a new code and try again."))
    return render(request, "literacy/security/verify.html", {
        "form": form, "next": _next_url(request, ""),
    })


@never_cache
@login_required
@require_http_methods(["GET", "HEAD"])
def recovery_codes(request):
    codes = request.session.pop(SESSION_CODES, None)
    if not codes:
        return redirect("security:manage")
    return render(request, "literacy/security/recovery_codes.html", {
        "codes": codes, "next": _next_url(request, ""),
    })


@never_cache
@login_required
@require_POST
def regenerate_codes(request):
    if not (twofactor.has_two_factor(request.user) and twofactor.is_verified(request.user)):
        return redirect("security:manage")
    return _show_codes_once(request, twofactor.regenerate_recovery_codes(user=request.user))


@never_cache
@sensitive_post_parameters("password")
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def disable(request):
    user = request.user
    if twofactor.requires_two_factor(user):
        messages.error(request, _("Your role requires two-factor authentication: it cannot "
                                  "be turned off. You can replace your authenticator app."))
        return redirect("security:manage")
    if not twofactor.has_two_factor(user):
        return redirect("security:manage")
    form = PasswordConfirmForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and form.is_valid():
        twofactor.disable(user=user)
        messages.success(request, _("Two-factor authentication is off."))
        return redirect("security:manage")
    return render(request, "literacy/security/disable.html", {"form": form})
