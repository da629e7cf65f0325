"""Who may run and who may join a live session: policies other apps plug in.

``quizzes`` knows nothing of cohorts. A session names its audience as "<kind>:<id>";
an app registers the policy of its kind with the Wagtail hook ``basira_live_audiences``,
a function returning ``{kind: AudiencePolicy}`` (courses registers "cohort"). A session
whose kind nobody registered lets nobody join and nobody present except its host.
"""

from collections.abc import Callable
from dataclasses import dataclass

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
    if not _signed_in(user):
        return False
    if session.host_id == user.pk:
        return True
    policy, ident = policy_for(session.audience)
    return policy is not None and bool(policy.may_host(user, ident))


def may_start(user, audience: str) -> bool:
    if not _signed_in(user):
        return False
    policy, ident = policy_for(audience)
    return policy is not None and bool(policy.may_host(user, ident))


def records_url(session) -> str | None:
    policy, ident = policy_for(session.audience)
    return policy.records_url(ident) if policy is not None else None
