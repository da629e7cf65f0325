"""Signals of the core, for the plugins to listen to (the core never imports them).

Declared here, sent by the core's own modules, listened to in each plugin's receivers.
"""

from django.dispatch import Signal

# Some signed-in sessions of a user may have ended or lost their second factor: a
# logout, a password change, a deactivated or erased account, a removed authenticator
# or recovery codes. Sent after the change is committed, with ``user_id`` and ``ended``
# (``sessions.tag`` of the session a logout ended, else None: any of them may have).
# Whatever a listener holds open for that user (a websocket) must check its session
# again (``literacy.security.sessions.is_current``).
sessions_changed = Signal()
