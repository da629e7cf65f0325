"""A user's sessions changed (literacy's ``sessions_changed``) → their live sockets check
their session again. Connected from QuizzesConfig.ready()."""

from literacy.signals import sessions_changed

from . import events


def on_sessions_changed(sender, *, user_id, ended=None, **kwargs):
    events.publish_recheck(user_id=user_id, ended=ended)


def connect() -> None:
    sessions_changed.connect(on_sessions_changed, dispatch_uid="live_sessions_changed")
