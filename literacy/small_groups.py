"""The one small-group rule: no figure about learners describes fewer than
``LITERACY_MIN_GROUP_SIZE`` of them (a mean, a rate or a count over three people says
too much about each). Every figure asks here: the cohort dashboard and report
(``courses``) and the learning gains (``quizzes.gains``); no caller can lower it.
"""

from . import conf


def min_group_size() -> int:
    """The smallest group a figure may describe (shown to facilitators as "fewer than")."""
    return conf.MIN_GROUP_SIZE


def too_small(n: int) -> bool:
    """Whether a figure over ``n`` learners must be suppressed.

    Guarded by tests/courses/test_cohort_gains.py::test_one_small_group_rule_for_every_figure
    (the cohort dashboard's gain, the report's figures and the quizzes' group means, at
    4 and 5 learners, with the setting changed) and
    tests/courses/test_cohort_gains.py::test_every_report_figure_is_suppressed_at_four_learners_and_shown_at_five.
    """
    return n < min_group_size()
