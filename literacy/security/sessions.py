"""A signed-in session seen from outside a request (a websocket), and news of its end.

A websocket is authenticated once, when it opens; the session it opened with can end
while it stays open (a logout, a password change, the account erased, the second factor
removed), and the socket would go on receiving learners' progress and scores.
``is_current`` answers from the session store and the user row whether that session
still stands; ``sessions_changed`` (literacy.signals), sent from here after each of those
changes, tells the plugins' sockets to ask at once rather than at their next periodic
check.
"""

import logging
from importlib import import_module

from django.conf import settings
from django.contrib.auth import (
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    load_backend,
)
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models.signals import post_delete, post_init, post_save
from django.utils.crypto import constant_time_compare, salted_hmac

from ..models import SessionOwner
from ..signals import sessions_changed
from .twofactor import session_is_verified

logger = logging.getLogger("basira.security")


def tag(session_key: str | None) -> str | None:
    """What messages carry to name a session: a keyed hash, never the key itself."""
    if not session_key:
        return None
    return salted_hmac("literacy.security.sessions.tag", session_key).hexdigest()[:32]


def is_current(session, user, *, second_factor: bool = False) -> bool:
    """Whether ``session`` (a socket's ``scope["session"]``) still signs ``user`` in.

    Still stored and unexpired, for the same user, still active, with the password hash
    it was signed in with (a password change ends the other sessions), and, with
    ``second_factor``, still verified by a device that still exists. Reads the store
    afresh and never changes it (Django's ``get_user`` would flush a stale session).
    Guard tested by test_the_end_of_the_session_closes_the_dashboard_socket
    (tests/courses/test_socket_sessions.py) and its presenter and learner twins in
    tests/quizzes/test_live_rights.py.
    """
    if session is None or user is None or not user.is_authenticated:
        return False
    key = getattr(session, "session_key", None)
    if not key:
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(key)
    if str(store.get(SESSION_KEY)) != str(user.pk):  # deleted or expired: empty
        return False
    backend_path = store.get(BACKEND_SESSION_KEY)
    if backend_path not in settings.AUTHENTICATION_BACKENDS:
        return False
    fresh = load_backend(backend_path).get_user(user.pk)  # None once deactivated
    stored_hash = store.get(HASH_SESSION_KEY)
    if fresh is None or not stored_hash:
        return False
    hashes = (fresh.get_session_auth_hash(), *fresh.get_session_auth_fallback_hash())
    if not any(constant_time_compare(stored_hash, known) for known in hashes):
        return False
    return not second_factor or session_is_verified(store, fresh)


def announce(user_id: int, *, ended: str | None = None) -> None:
    """Send ``sessions_changed`` once the change is committed. A failing listener is
    logged and never fails the logout or the password change that announced it."""
    def send():
        for _receiver, outcome in sessions_changed.send_robust(
                sender=None, user_id=user_id, ended=ended):
            if isinstance(outcome, Exception):
                logger.warning("sessions_changed listener failed", exc_info=outcome)

    transaction.on_commit(send)


# --- what ends sessions ---------------------------------------------------------------


def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        session = getattr(request, "session", None)
        # Sent before Django flushes the session: the tag lets its sockets close at
        # once, without finding the session still stored.
        announce(user.pk, ended=tag(getattr(session, "session_key", None)))


def _remember_sign_in_state(sender, instance, **kwargs):
    instance._sign_in_state = (instance.password, instance.is_active)


def _sign_in_state_saved(sender, instance, created=False, raw=False, **kwargs):
    before = getattr(instance, "_sign_in_state", None)
    instance._sign_in_state = now = (instance.password, instance.is_active)
    if created or raw or before is None:
        return
    # A new password hash ends every other session; a deactivated (or erased) account
    # ends them all.
    if now[0] != before[0] or (before[1] and not now[1]):
        announce(instance.pk)


def _device_removed(sender, instance, **kwargs):
    # A session verified with this device is verified no more.
    announce(instance.user_id)


def _record_owner(sender, request, user, **kwargs):
    """Index the new session under its account (see literacy.models.SessionOwner)."""
    session = getattr(request, "session", None)
    key = getattr(session, "session_key", None)
    if key and user is not None and user.pk:
        SessionOwner.objects.update_or_create(session_key=key, defaults={"user": user})


def connect() -> None:
    """Called from LiteracyConfig.ready()."""
    user_model = settings.AUTH_USER_MODEL
    user_logged_in.connect(_record_owner, dispatch_uid="basira_sessions_owner")
    user_logged_out.connect(_logged_out, dispatch_uid="basira_sessions_logged_out")
    post_init.connect(_remember_sign_in_state, sender=user_model,
                      dispatch_uid="basira_sessions_user_loaded")
    post_save.connect(_sign_in_state_saved, sender=user_model,
                      dispatch_uid="basira_sessions_user_saved")
    for device in ("otp_totp.TOTPDevice", "otp_static.StaticDevice"):
        post_delete.connect(_device_removed, sender=device,
                            dispatch_uid=f"basira_sessions_{device}_deleted")


def end_sessions(user) -> None:
    """Delete every stored session of the user, found through the index written at
    sign-in (``SessionOwner``), not by decoding every session of the site (other engines
    end them anyway: the erased account has no usable password any more).
    Guarded by tests/literacy/test_session_owners.py::test_deletion_ends_only_the_owners_sessions.
    """
    owned = SessionOwner.objects.filter(user=user)
    keys = list(owned.values_list("session_key", flat=True))
    owned.delete()
    if settings.SESSION_ENGINE not in ("django.contrib.sessions.backends.db",
                                       "django.contrib.sessions.backends.cached_db"):
        return
    if settings.SESSION_ENGINE.endswith("cached_db"):
        engine = import_module(settings.SESSION_ENGINE)
        for key in keys:
            engine.SessionStore(session_key=key).delete()
    Session.objects.filter(session_key__in=keys).delete()
