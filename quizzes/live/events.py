"""Small events of live sessions, published on the channel layer after commit.

Two groups per session: ``live.<id>`` (every screen: "the state changed, version n")
and ``live.<id>.presenter`` (the running counts); one per user, ``live.user.<id>``
("check your session and rights again"). Messages carry ids and numbers only;
each socket builds its own screen from the database. A failing channel layer is logged
and never fails a learner's answer or a facilitator's command.
"""

import logging

from django.db import transaction

from literacy import channel_handoff

logger = logging.getLogger("basira.live")


def state_message(session) -> dict:
    return {"type": "live.state", "version": session.version}


def count_message(session, *, question_id, answered=None, joined=None, user_id=None) -> dict:
    return {"type": "live.count", "question": question_id,
            "answered": answered if answered is not None else
            session.answered_count(question_id),
            "joined": joined if joined is not None else session.joined_count(),
            "user": user_id}


def _send(group: str, message: dict) -> None:
    try:  # handed off: a slow channel layer never holds a learner's answer
        channel_handoff.group_send(group, message)
    except Exception:
        logger.warning("live event not delivered", exc_info=True)


def _on_commit(fn) -> None:
    def guarded():
        try:
            fn()
        except Exception:
            logger.warning("live event not built", exc_info=True)

    transaction.on_commit(guarded)


def publish_state(session) -> None:
    message = state_message(session)
    _on_commit(lambda: _send(session.group, message))


def user_group(user_id: int) -> str:
    """Every live socket of one user (presenter or learner, whatever the session)."""
    return f"live.user.{user_id}"


def publish_recheck(*, user_id: int, ended: str | None = None) -> None:
    """The user's sessions or hosting rights may have changed: their sockets check both
    again now (``ended`` names a session that ended: its sockets close at once)."""
    _on_commit(lambda: _send(user_group(user_id), {"type": "live.recheck",
                                                   "ended": ended}))


def publish_count(session, *, question_id, user_id=None, answered=None, joined=None) -> None:
    _on_commit(lambda: _send(session.presenter_group, count_message(
        session, question_id=question_id, answered=answered, joined=joined,
        user_id=user_id)))
