"""Who may run and who may join a live session: policies other apps plug in.

``quizzes`` knows nothing of cohorts. A session names its audience as "<kind>:<id>";
an app registers the policy of its kind with the Wagtail hook ``basira_live_audiences``,
a function returning ``{kind: AudiencePolicy}`` (courses registers "cohort"). A session
whose kind nobody registered lets nobody join and nobody present except its host.

A policy may also let a signed-in outsider into its group with the group's own join code
(``admit_with_code``), so that a learner the facilitator has not added yet is not turned
away at the door of the room: the group app owns the code, its throttle and the joining.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail import hooks

HOOK = "basira_live_audiences"


@dataclass(frozen=True)
class AudiencePolicy:
    # (user, audience id) → may answer the session's questions.
    may_join: Callable[..., bool]
    # (user, audience id) → may run the session (presenter view and commands).
    may_host: Callable[..., bool]
    # (audience id) → where the session's records live (the cohort's page), or None.
    records_url: Callable[[str], str | None] = lambda _id: None
    # (audience id) → an outsider may join the group with its code now (code not expired).
    admits_by_code: Callable[[str], bool] = lambda _id: False
    # (user, audience id, typed code) → make the user a member, or raise AdmissionRefused.
    admit_with_code: Callable[..., None] | None = None


class AdmissionRefused(Exception):
    """The group's code was wrong, expired or tried too often; ``message`` is translated."""

    def __init__(self, message, *, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.status = status  # 429 while wrong codes are paused


def policies() -> dict[str, AudiencePolicy]:
    found: dict[str, AudiencePolicy] = {}
    for fn in hooks.get_hooks(HOOK):
        found.update(fn())
    return found


def split(audience: str) -> tuple[str, str]:
    kind, _sep, ident = audience.partition(":")
    return kind, ident


def policy_for(audience: str) -> tuple[AudiencePolicy | None, str]:
    kind, ident = split(audience)
    return policies().get(kind), ident


def _signed_in(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def may_join(user, session) -> bool:
    if not _signed_in(user):
        return False
    policy, ident = policy_for(session.audience)
    return policy is not None and bool(policy.may_join(user, ident))


def may_host(user, session) -> bool:
    """May run the session now: asked again on every command and page, because having
    started it is not enough (a co-facilitator removed from the group loses it at once).
    Only a session whose kind nobody registered falls back to its host. Guard tested by
    tests/quizzes/test_live_rights.py::test_a_removed_host_loses_the_session."""
    if not _signed_in(user):
        return False
    policy, ident = policy_for(session.audience)
    if policy is None:
        return session.host_id == user.pk
    return bool(policy.may_host(user, ident))


def may_start(user, audience: str) -> bool:
    if not _signed_in(user):
        return False
    policy, ident = policy_for(audience)
    return policy is not None and bool(policy.may_host(user, ident))


def records_url(session) -> str | None:
    policy, ident = policy_for(session.audience)
    return policy.records_url(ident) if policy is not None else None


def admits_by_code(user, session) -> bool:
    """An outsider may be offered to join the session's group with the group's code."""
    if not _signed_in(user):
        return False
    policy, ident = policy_for(session.audience)
    return policy is not None and policy.admit_with_code is not None and \
        bool(policy.admits_by_code(ident))


def admit_with_code(user, session, raw_code: str) -> None:
    """Join the session's group with its code (AdmissionRefused otherwise). Only while
    the group admits by code: tested by test_an_expired_code_keeps_the_door_closed."""
    if not admits_by_code(user, session):
        raise AdmissionRefused(_("This live quiz is only open to the members of its group."))
    policy, ident = policy_for(session.audience)
    policy.admit_with_code(user, ident, raw_code)
