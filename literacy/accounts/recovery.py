"""Account recovery codes: a new password without an email address.

Many learners sign up with a pseudonym only, so "we email you a link" cannot be the only
way back into an account. At sign-up (and whenever they ask for a fresh set) they get
``LITERACY_RECOVERY_CODE_COUNT`` single-use codes to keep on paper; one code, with the
pseudonym, sets a new password.

Why not django-otp's ``StaticDevice`` (which holds the two-factor recovery codes)?

* The purposes differ. A two-factor recovery code stands in for the *second* factor; an
  account recovery code stands in for the *password*. If they shared a device,
  ``twofactor.verify`` would accept an account code as a second factor, and someone
  holding one slip of paper would pass both factors. Here they live in their own table,
  which ``twofactor`` never reads: recovering an account replaces the password only, and a
  learner who turned on two-factor authentication still has to enter a code from their
  authenticator (or a two-factor recovery code) afterwards.
* django-otp stores static tokens in clear text. These are stored as HMAC-SHA256 hashes,
  keyed with ``SECRET_KEY`` and bound to the account, so a copy of the database alone
  reveals no usable code. A keyed fast hash is enough because the codes are random
  (about 50 bits), unlike passwords; rotating ``SECRET_KEY`` keeps old codes working as
  long as the old key is listed in ``SECRET_KEY_FALLBACKS``.

Guessing is throttled like signing in (``literacy.security.throttle``, shared counter):
see ``forms.RecoveryForm``.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils.crypto import constant_time_compare, salted_hmac

from ..models import AccountRecoveryCode
from ..security import conf as security_conf
from ..security.sessions import end_sessions
from ..security.twofactor import normalise_code

# No 0/o, 1/l/i: codes are copied by hand from paper.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 10
FEW_LEFT = 3
SALT = "literacy.accounts.recovery"
SESSION_CODES = "basira_account_recovery_codes"


def _hash(user_pk, code: str, secret: str | None = None) -> str:
    return salted_hmac(SALT, f"{user_pk}:{code}", secret=secret,
                       algorithm="sha256").hexdigest()


def _hashes(user_pk, code: str) -> list[str]:
    """The code's hash under the current key, then under each fallback key."""
    secrets_ = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [_hash(user_pk, code, secret) for secret in secrets_]


def formatted(code: str) -> str:
    """As printed: two groups of five, easier to copy."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


@transaction.atomic
def issue_codes(*, user: AbstractBaseUser) -> list[str]:
    """Replace every account recovery code of the user; returns the new ones, formatted.

    They are shown once and never stored in clear text (guard:
    tests/literacy/test_account_recovery.py::test_codes_are_stored_only_as_hashes).
    """
    AccountRecoveryCode.objects.filter(user=user).delete()
    codes = {
        "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        for _ in range(security_conf.RECOVERY_CODE_COUNT)
    }
    AccountRecoveryCode.objects.bulk_create(
        AccountRecoveryCode(user=user, code_hash=_hash(user.pk, code)) for code in codes
    )
    return [formatted(code) for code in sorted(codes)]


def codes_left(user: AbstractBaseUser) -> int:
    return AccountRecoveryCode.objects.filter(user=user).count()


def _matching(user: AbstractBaseUser | None, code: str):
    """The stored code that ``code`` is, or None. Hashes even for no user, so an unknown
    pseudonym takes as long as a known one."""
    code = normalise_code(code)
    candidates = _hashes(user.pk if user else 0, code)
    if user is None or len(code) != CODE_LENGTH:
        return None
    for stored in AccountRecoveryCode.objects.filter(user=user):
        if any(constant_time_compare(stored.code_hash, h) for h in candidates):
            return stored
    return None


def is_valid(*, user: AbstractBaseUser | None, code: str) -> bool:
    """Whether ``code`` is an unused recovery code of ``user`` (nothing is used up)."""
    return _matching(user, code) is not None


@transaction.atomic
def reset_password(*, user: AbstractBaseUser, code: str, password: str) -> int | None:
    """Use up ``code`` and set ``password``; every session of the account ends.

    Returns how many codes are left, or None (nothing changed) if the code is not valid
    any more (used by a simultaneous request). Guards: a code works once —
    tests/literacy/test_account_recovery.py::test_a_code_works_only_once; every other
    session ends — tests/literacy/test_account_recovery.py::test_other_sessions_are_ended.
    """
    # Lock the account's codes so two requests cannot both spend the same one.
    list(AccountRecoveryCode.objects.select_for_update().filter(user=user))
    stored = _matching(user, code)
    if stored is None:
        return None
    stored.delete()
    user.set_password(password)
    user.save(update_fields=["password"])
    # Whoever may have taken the account is signed out everywhere (the new password
    # ends them anyway for every session engine; stored sessions are deleted outright).
    end_sessions(user)
    return codes_left(user)
