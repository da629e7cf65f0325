"""Which quizzes the facilitator may start live with a cohort, and in what order.

The quizzes placed in the cohort's courses come first, in the order a learner meets them
(module → lesson → position in the lesson), each once, labelled so that look-alikes
(pre-/post-test, form A/B) can be told apart; the rest of the question bank follows.
Graded quizzes are offered apart, under a warning: playing one live shows its right
answers to the whole room, so a learner who has not yet taken it would sit it knowing
them. They stay available (a facilitator may review a final test after everyone took
it), but only with an explicit confirmation (``LiveQuizForm``).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from quizzes.models import Quiz, in_course_order

from ..models.cohorts import Cohort
from . import placements

GRADED_WARNING = _("Playing a graded quiz live shows its right answers to everyone in the "
                   "room: learners who have not taken it yet would then know them.")


@dataclass
class QuizGroup:
    key: str
    title: str
    quizzes: list = field(default_factory=list)
    warning: str = ""


def placed_quiz_ids(cohort: Cohort) -> list[int]:
    """Quiz ids in the order the cohort's courses place them, each once; the parallel
    forms of a placed pre/post-test right after it."""
    courses = cohort.courses.live().values_list("path", flat=True)
    lessons = placements.quiz_lessons(courses)
    return sorted(lessons, key=lessons.__getitem__)  # stable: placed before its forms


def quiz_groups(cohort: Cohort) -> list[QuizGroup]:
    """The picker's headings with their quizzes; empty headings are left out."""
    placed = placed_quiz_ids(cohort)
    by_id = Quiz.objects.in_bulk(placed)
    in_courses = [by_id[pk] for pk in placed if pk in by_id]
    others = list(in_course_order(Quiz.objects.exclude(pk__in=placed)))
    graded = [q for q in in_courses + others if q.kind == Quiz.Kind.GRADED]
    groups = [
        QuizGroup("courses", _("Quizzes of the cohort's courses, in course order"),
                  [q for q in in_courses if q.kind != Quiz.Kind.GRADED]),
        QuizGroup("bank", _("Other quizzes of the question bank"),
                  [q for q in others if q.kind != Quiz.Kind.GRADED]),
        QuizGroup("graded", _("Graded quizzes"), graded, warning=GRADED_WARNING),
    ]
    return [group for group in groups if group.quizzes]
