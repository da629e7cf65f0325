"""The cohort's learning-gain figures, kept between dashboards until something changes.

The gains are the dearest part of a dashboard (every pre/post attempt of the cohort's
learners, paired per learner); they change only when the cohort's learners, their
attempts or the content change. So they are cached under a key made of

- the content generation (literacy.content_cache: a page, a placement or a quiz saved),
- the cohort's own data version, replaced after commit by every event of the cohort
  (`changed`: an attempt submitted or deleted, a lesson completed, a learner joining,
  leaving or moving; courses.cohorts.receivers), and
- the courses' paths and the small-group minimum the figure was computed with,

so an entry is never updated in place: an event makes the next dashboard compute the
figure once and keep it. Nothing but the aggregate figure is kept (counts, means and
intervals), and only once it rests on at least LITERACY_MIN_GROUP_SIZE learners (the
small-group rule, literacy/small_groups.py): a figure on fewer learners is computed every time, which is cheap,
and no learner's own result ever sits in the cache.
"""

import hashlib
import uuid

from django.core.cache import cache
from django.db import transaction

from literacy import content_cache
from literacy.small_groups import min_group_size

_MISSING = object()
# Entries of an old version are never read again; they expire.
ENTRY_SECONDS = 3600


def _version_key(cohort_id: int) -> str:
    return f"basira:cohorts:version:{cohort_id}"


def version(cohort_id: int) -> str:
    token = cache.get(_version_key(cohort_id))
    if token is None:
        cache.add(_version_key(cohort_id), uuid.uuid4().hex, None)
        token = cache.get(_version_key(cohort_id)) or "none"
    return token


def changed(*, cohort_ids) -> None:
    """Something the cohorts' figures rest on changed: a new version now and once the
    change is committed (a request that read the old data meanwhile must not keep its
    figure under the new version)."""
    keys = [_version_key(cohort_id) for cohort_id in cohort_ids]
    if not keys:
        return

    def renew():
        cache.set_many({key: uuid.uuid4().hex for key in keys}, None)

    renew()
    transaction.on_commit(renew)


def _key(cohort_id: int, name: str, parts) -> str:
    digest = hashlib.sha1(repr(parts).encode(), usedforsecurity=False).hexdigest()[:16]
    return (f"basira:cohorts:figure:{name}:{cohort_id}:{content_generation()}:"
            f"{version(cohort_id)}:{digest}")


def content_generation() -> str:
    return content_cache.generation()


def passes_small_group_rule(figure: dict | None) -> bool:
    """No figure at all, or one resting on enough learners to be published.

    Guarded by tests/courses/test_cohort_figure_cache.py::
    test_a_gain_of_fewer_learners_than_the_rule_is_never_cached"""
    minimum = min_group_size()
    parts = [figure or {}, (figure or {}).get("normalised") or {}]
    return all(part.get("mean") is None or (part.get("learners") or 0) >= minimum
               for part in parts)


def cohort_gains(cohort_id: int, *, page_paths: list[str], compute) -> dict | None:
    """The cohort's gains (`compute()` when not cached, see the module's docstring)."""
    key = _key(cohort_id, "gains", (sorted(page_paths), min_group_size()))
    found = cache.get(key, default=_MISSING)
    if found is not _MISSING:
        return found
    figure = compute()
    if passes_small_group_rule(figure):
        cache.set(key, figure, ENTRY_SECONDS)
    return figure

