"""What a cohort's card on the facilitator's home shows: its learners and how many of them
need attention.

Learner counts: one grouped query for all the cards. Needs-attention counts need the
dashboard's rules over every row (`dashboard.build`, a dozen queries a cohort), so each is
kept in the cache for COURSES_ATTENTION_CARD_SECONDS: a home page with warm counts costs the
same whatever the number of cohorts, and a cold one one build per cohort whose count expired
(tests/courses/test_cohort_cards.py).
"""

from django.core.cache import cache
from django.db.models import Count

from .. import conf
from ..models.cohorts import Cohort, CohortMembership
from . import dashboard


def _key(cohort_id: int) -> str:
    return f"cohorts:attention-count:{cohort_id}"


def learner_counts(cohorts: list[Cohort]) -> dict[int, int]:
    return dict(
        CohortMembership.objects.filter(cohort__in=cohorts, role=CohortMembership.Role.LEARNER)
        .values_list("cohort_id").annotate(n=Count("id")).order_by()
    )


def attention_counts(cohorts: list[Cohort]) -> dict[int, int]:
    """Learners needing attention per cohort, as of at most the cache's lifetime ago."""
    found = cache.get_many([_key(cohort.pk) for cohort in cohorts])
    counts = {cohort.pk: found.get(_key(cohort.pk)) for cohort in cohorts}
    missing = {_key(cohort.pk): len(dashboard.build(cohort).attention)
               for cohort in cohorts if counts[cohort.pk] is None}
    cache.set_many(missing, conf.ATTENTION_CARD_SECONDS)
    counts.update({cohort.pk: missing[_key(cohort.pk)] for cohort in cohorts
                   if _key(cohort.pk) in missing})
    return counts


def annotate(cohorts: list[Cohort]) -> list[Cohort]:
    """Each cohort with `learner_count` and `attention_count` set, for the cards."""
    learners = learner_counts(cohorts)
    attention = attention_counts(cohorts)
    for cohort in cohorts:
        cohort.learner_count = learners.get(cohort.pk, 0)
        cohort.attention_count = attention[cohort.pk]
    return cohorts
