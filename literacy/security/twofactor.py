"""Two-factor authentication: who needs it, enrolling a TOTP app, recovery codes, checking.

Built on django-otp: a confirmed ``TOTPDevice`` (an authenticator app) and a ``StaticDevice``
holding single-use recovery codes. Verifying one of them in a session marks that session
verified (``request.user.is_verified()``, set by django-otp's middleware). Both device kinds
slow down guessing themselves (django-otp's exponential throttling per device).
"""

from base64 import b32encode
from urllib.parse import quote, urlencode

import django_otp
import segno
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from . import conf

TOTP_NAME = "authenticator"
RECOVERY_NAME = "recovery"


def requires_two_factor(user: AbstractBaseUser) -> bool:
    """Staff roles must use a second factor: admin users and the named groups."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    if user.groups.filter(name__in=conf.TWO_FACTOR_REQUIRED_GROUPS).exists():
        return True
    return user.has_perm("wagtailadmin.access_admin")


HAS_TWO_FACTOR_CACHE_SECONDS = 30


def _has_two_factor_key(user_id) -> str:
    return f"basira:2fa:{user_id}"


def has_two_factor(user: AbstractBaseUser) -> bool:
    """Whether the user has a confirmed authenticator app.

    Asked on every request of a signed-in user (see the middleware), so the answer is
    cached; saving or deleting a device clears it (receivers below), and the short
    lifetime bounds staleness where the cache is per process.
    """
    if not user.is_authenticated:
        return False
    key = _has_two_factor_key(user.pk)
    answer = cache.get(key)
    if answer is None:
        answer = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        cache.set(key, answer, HAS_TWO_FACTOR_CACHE_SECONDS)
    return answer


@receiver([post_save, post_delete], sender=TOTPDevice)
def _forget_has_two_factor(sender, instance, **kwargs):
    cache.delete(_has_two_factor_key(instance.user_id))


PENDING_KEY_SESSION = "basira_pending_totp_key"


def pending_totp_device(request: HttpRequest) -> TOTPDevice:
    """The authenticator being set up (unconfirmed), the same key on every call.

    Showing the setup page writes nothing to the database (a crawler, or a learner who only
    looks, must not leave a device behind): the key waits in the session and the device is
    an unsaved ``TOTPDevice``. ``confirm_totp`` saves it on the first code typed (so
    django-otp's back-off counts wrong codes from then on). Guarded by
    tests/literacy/test_security_2fa.py::test_showing_the_setup_page_creates_no_device.
    """
    user = request.user
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is not None:
        return device
    key = request.session.get(PENDING_KEY_SESSION)
    if not key:
        key = request.session[PENDING_KEY_SESSION] = default_key()
    return TOTPDevice(user=user, name=TOTP_NAME, key=key, confirmed=False)


def provisioning_uri(device: TOTPDevice) -> str:
    """The otpauth:// URI for the app. Its label is the site name only: a seized phone's
    authenticator list should not show the person's pseudonym."""
    issuer = (getattr(settings, "OTP_TOTP_ISSUER", "") or "Basira").replace(":", "")
    params = urlencode({
        "secret": b32encode(device.bin_key).decode(),
        "algorithm": "SHA1",
        "digits": device.digits,
        "period": device.step,
    })
    return f"otpauth://totp/{quote(issuer)}?{params}&issuer={quote(issuer)}"


def secret_for_manual_entry(device: TOTPDevice) -> str:
    """The key in base32, in groups of four, for apps that cannot scan."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def qr_svg(data: str) -> str:
    """An inline SVG QR code, drawn here: the secret never goes to a third-party service."""
    qr = segno.make(data, error="m", micro=False)
    return qr.svg_inline(scale=4, dark="#1b1f24", light="#ffffff", border=2,
                         title="", svgclass="qr-code", lineclass=None, omitsize=True)


@transaction.atomic
def confirm_totp(*, request: HttpRequest, code: str) -> list[str] | None:
    """Confirm the pending authenticator with a code from it.

    On success the device is confirmed (replacing any earlier one), fresh recovery codes are
    made, the session is marked verified, and the codes are returned to be shown once.
    """
    user = request.user
    device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).first()
    if device is None:
        pending = pending_totp_device(request)
        pending.save()  # the first code typed makes the device (see pending_totp_device)
        device = TOTPDevice.objects.select_for_update().get(pk=pending.pk)
    if not device.verify_token(normalise_code(code)):
        return None
    request.session.pop(PENDING_KEY_SESSION, None)
    TOTPDevice.objects.filter(user=user, confirmed=True).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = regenerate_recovery_codes(user=user)
    django_otp.login(request, device)
    return codes


def regenerate_recovery_codes(*, user: AbstractBaseUser) -> list[str]:
    """Replace every recovery code of the user with new ones; returns them (shown once)."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes: list[str] = []
    while len(codes) < conf.RECOVERY_CODE_COUNT:
        code = StaticToken.random_token()
        if not code.isdigit():  # all-digit input is taken for an authenticator code
            codes.append(code)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user: AbstractBaseUser) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def normalise_code(code: str) -> str:
    """Codes as people type them: spaces and dashes dropped, Arabic-Indic digits folded."""
    code = (code or "").translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    return "".join(ch for ch in code if ch.isalnum()).lower()[:32]


def verify(*, request: HttpRequest, code: str) -> bool:
    """Check a code from the authenticator, or a recovery code (used up), for this session."""
    user = request.user
    code = normalise_code(code)
    if not code:
        return False
    with transaction.atomic():
        # Six digits come from the app; anything else can only be a recovery code.
        kind = TOTPDevice if (code.isdigit() and len(code) <= 8) else StaticDevice
        devices = kind.objects.select_for_update().filter(user=user, confirmed=True)
        for device in devices:
            if device.verify_token(code):
                django_otp.login(request, device)
                return True
    return False


@transaction.atomic
def disable(*, user: AbstractBaseUser) -> None:
    """Remove every second factor of the user (authenticator and recovery codes)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def session_is_verified(session, user: AbstractBaseUser) -> bool:
    """Whether this session passed two-factor authentication, without the HTTP middleware.

    For websocket consumers (``scope["session"]``, ``scope["user"]``), which django-otp's
    middleware never sees: a facilitator's live dashboard must refuse a connection from a
    session that signed in with the password only.
    """
    if not user.is_authenticated or session is None:
        return False
    persistent_id = session.get(django_otp.DEVICE_ID_SESSION_KEY)
    device = Device.from_persistent_id(persistent_id) if persistent_id else None
    return bool(device and device.user_id == user.pk and device.confirmed)


def is_verified(user: AbstractBaseUser) -> bool:
    """``user.is_verified()`` when django-otp's middleware ran, else False (fail closed)."""
    check = getattr(user, "is_verified", None)
    return bool(check and check())
