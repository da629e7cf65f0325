"""The pages people read numbers on follow the formatting policy (docs/design.md) in every
language: course page, learner dashboard, cohort dashboard, donor report, quiz result.

No page mixes digit systems or writes a number with another language's separators
("66,7%" in Arabic, "0.33" in French, "٢٠٢٦ · 2026")."""

# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
import html as htmllib
import re
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrollment
from literacy.security.testing import login_verified
from quizzes.demo import create_quiz
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.quizzes.data import quiz_data

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "en", "fr"]
WESTERN, EASTERN = "0-9", "٠-٩"
# Patterns that only a formatting mistake writes, in every language.
MIXED = [
    re.compile(f"[{WESTERN}][{EASTERN}]|[{EASTERN}][{WESTERN}]"),  # two digit systems
    re.compile(f"[{WESTERN}][٫٬٪]|[٫٬٪][{WESTERN}]"),  # Arabic separators on 0-9
    re.compile(f"[{EASTERN}][.,][{EASTERN}]|[{EASTERN}]%"),  # Western separators on ٠-٩
    re.compile(r"%%"),
    re.compile(r"\b\d{1,2}, \d{4}\b"),  # "ديسمبر 2, 2026": the English date pattern
    re.compile(r"\d{1,2}:\d{2}\s*(?:[AP]M|[صم])(?!\w)"),  # 12-hour clock
]
WRONG_SEPARATOR = {
    "ar": re.compile(r"\d,\d{1,2}(?!\d)\s*%|\d %"),  # decimal comma, space before %
    "en": re.compile(r"\d,\d{1,2}(?!\d)\s*%|\d %"),
    "fr": re.compile(r"\d\.\d+\s*%|\d[ ]?%|\d\.\d+ sur"),  # decimal point, % without U+202F
}


def visible_text(response) -> str:
    """What a reader sees: text outside tags, scripts and styles."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", body))


def assert_policy(text: str, language: str, *, eastern: bool = False):
    for pattern in [*MIXED, WRONG_SEPARATOR[language]]:
        found = pattern.search(text)
        assert found is None, (language, pattern.pattern, text[max(0, found.start() - 60):
                                                                   found.end() + 60])
    if eastern:
        # Figures are written in ٠-٩; what stays Western is typed or coded text
        # (pseudonyms like learner-0, join codes, the invite link).
        assert re.search(f"[{EASTERN}]+٪", text), "no percentage in Arabic-Indic digits"


@pytest.fixture
def report_minimum(settings):
    settings.LITERACY_MIN_GROUP_SIZE = 1


@pytest.fixture
def busy_cohort(organisation, facilitator, course, report_minimum):
    """A cohort with progress worth reporting: 1 of 6 and 2 of 6 lessons done."""
    learners = [UserFactory(username=f"reader-{i}") for i in range(3)]
    cohort = make_cohort(name="Cohort A", organisation=organisation, facilitator=facilitator,
                         courses=[course], learners=learners)
    lessons = lessons_in(course)
    complete(learners[0], lessons[0])
    complete(learners[1], lessons[0])
    complete(learners[1], lessons[1])
    for learner in learners:
        Enrollment.objects.get_or_create(user=learner, course=course)
    return cohort, learners


@pytest.fixture
def attempt(busy_cohort):
    """A submitted attempt with a score that needs a decimal (2 of 3: 66.7 %)."""
    _cohort, learners = busy_cohort
    quiz = create_quiz("formats-quiz", quiz_data())
    now = timezone.now()
    return Attempt.objects.create(
        user=learners[1], quiz=quiz, number=1, idempotency_key=uuid.uuid4(), order_seed=1,
        started_at=now, submitted_at=now, score=2, max_score=3, passed=False,
    )


def _pages(client, facilitator, busy_cohort, attempt, course, language):
    cohort, learners = busy_cohort
    prefix = f"/{language}"

    def in_language(url):
        return url.replace("/ar/", f"{prefix}/", 1)

    client.force_login(learners[1])
    learner_pages = {
        "course": client.get(in_language(course.get_url())),
        "dashboard": client.get(in_language(reverse("courses:dashboard"))),
        "quiz result": client.get(in_language(reverse("quizzes:attempt", args=[attempt.pk]))),
    }
    client.logout()
    login_verified(client, facilitator)
    facilitator_pages = {
        "cohort dashboard": client.get(in_language(reverse("cohorts:dashboard",
                                                           args=[cohort.pk]))),
        "donor report": client.get(in_language(reverse("cohorts:report", args=[cohort.pk]))),
    }
    return {**learner_pages, **facilitator_pages}


@pytest.mark.parametrize("language", LANGUAGES)
def test_key_pages_follow_the_formatting_policy(client, facilitator, busy_cohort, attempt,
                                                course, language):
    pages = _pages(client, facilitator, busy_cohort, attempt, course, language)
    for name, response in pages.items():
        assert response.status_code == 200, name
        assert_policy(visible_text(response), language)
    percent = {"ar": "\u200e66.7%", "en": "66.7%", "fr": "66,7\u202f%"}[language]
    assert percent in visible_text(pages["quiz result"])
    report = visible_text(pages["donor report"])
    started = {"ar": "\u200e67%", "en": "67%", "fr": "67\u202f%"}[language]
    assert started in report  # started: 2 of 3


def test_key_pages_in_arabic_indic_digits(client, facilitator, busy_cohort, attempt, course,
                                          settings):
    settings.LITERACY_ARABIC_DIGITS = "arab"
    pages = _pages(client, facilitator, busy_cohort, attempt, course, "ar")
    for name, response in pages.items():
        assert response.status_code == 200, name
        assert_policy(visible_text(response), "ar", eastern=name != "course")
    assert "٦٦٫٧٪" in visible_text(pages["quiz result"])  # then ARABIC LETTER MARK
    assert 'data-number-locale="ar-u-nu-arab"' in pages["cohort dashboard"].content.decode()


def test_report_chart_labels_are_escaped_and_isolated():
    """"SIFT · 12%" in an Arabic report: the title and its figure are each isolated, so a
    Latin title keeps its place, and a title is text, never markup."""
    from django.utils import translation

    from courses.cohorts.report import Figure, bar_chart_svg

    with translation.override("ar"):
        svg = bar_chart_svg([("SIFT <b>x</b>", Figure(12, 5))], rtl=True, title="t")
    assert "\u2068SIFT &lt;b&gt;x&lt;/b&gt;\u2069 · \u2068\u200e12%\u2069" in svg
    assert "<b>" not in svg
