"""The progress matrix on a 360×740 phone, in Arabic: 36 learners × 6 modules. Scrolled
down and sideways inside its box, the header row and the learner column stay pinned
(bounding boxes, and what is on top at their place), and cells show their score band."""

import pytest
from django.utils import timezone

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True)

NAMES = [f"learner-{i:02d}" for i in range(18)] + [f"متعلّم-{i:02d}" for i in range(18)]

# Where the pinned parts are once the box is scrolled: each box, the scroll box, and what
# sits on top at the centre of the corner and of a learner's cell (stacking).
PINNED = """() => {
  const box = document.querySelector('.matrix-scroll');
  const rect = (el) => { const r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
  const onTop = (el) => { const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    return !!hit && (hit === el || el.contains(hit)); };
  const visible = [...box.querySelectorAll('tbody th')].filter((th) => {
    const r = th.getBoundingClientRect(), b = box.getBoundingClientRect();
    return r.top >= b.top + 30 && r.bottom <= b.bottom; });
  const headers = [...box.querySelectorAll('thead th')];
  const last = headers[headers.length - 1];
  return {box: rect(box), scrollTop: box.scrollTop, scrollLeft: box.scrollLeft,
          corner: rect(headers[0]), cornerOnTop: onTop(headers[0]),
          lastHeader: rect(last), lastHeaderOnTop: onTop(last),
          learner: visible.length ? rect(visible[0]) : null,
          learnerOnTop: visible.length ? onTop(visible[0]) : false,
          firstRowHidden: box.querySelector('tbody th').getBoundingClientRect().bottom
                          < box.getBoundingClientRect().top + 30};
}"""

# The live server has no websockets: a stand-in the test drives, to send a live event.
FAKE_SOCKET = """window.WebSocket = class {
  constructor(url) { window.__socket = this; setTimeout(() => this.onopen && this.onopen(), 0); }
  send() {} close() {}
};"""


@pytest.fixture
def big_cohort(home_page):
    from courses.models import LessonProgress, Organisation
    from quizzes.demo import create_quiz
    from tests.courses.activities import place, quiz_block
    from tests.courses.builders import make_catalogue, make_course
    from tests.courses.cohort_fixtures import lessons_in, make_cohort, make_facilitator
    from tests.courses.test_cohort_gains import _attempt
    from tests.factories import UserFactory
    from tests.quizzes.data import quiz_data

    course = make_course(make_catalogue(home_page), modules=6, lessons=2)
    organisation = Organisation.objects.create(name="منظمة")
    facilitator = make_facilitator("mona", organisation)
    learners = [UserFactory(username=name) for name in NAMES]
    cohort = make_cohort(name="مجموعة كبيرة", organisation=organisation,
                         facilitator=facilitator, courses=[course], learners=learners)
    lessons = lessons_in(course)
    quiz = create_quiz("phone-practice", quiz_data(kind="practice"))
    place(lessons[1], quiz_block(quiz))
    for index, learner in enumerate(learners):
        for lesson in lessons[: index % 7 * 2]:
            LessonProgress.objects.create(user=learner, lesson=lesson, course=course,
                                          source=LessonProgress.Source.choices[0][0])
        if index % 7:
            _attempt(learner, quiz, (20, 60, 100)[index % 3], timezone.now())
    return cohort, facilitator


def test_matrix_keeps_its_header_and_learner_column_pinned(visit, live_server, big_cohort):
    cohort, facilitator = big_cohort
    page = visit.page
    visit.sign_in(live_server.url, facilitator, verified=True)
    page.add_init_script(FAKE_SOCKET)
    page.goto(f"{live_server.url}/ar/facilitate/cohorts/{cohort.pk}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    matrix = page.locator(".matrix-scroll")
    matrix.scroll_into_view_if_needed()
    assert page.locator(".matrix tbody tr").count() == len(NAMES)
    assert page.locator(".matrix thead th").count() == 9  # learner, 6 modules, progress, last activity
    # Bands: a completed module at 20 % and one at 100 % do not look alike.
    assert page.locator("td.cell--band-low").count() > 0
    assert page.locator("td.cell--band-high").count() > 0
    low = page.locator("td.cell--band-low .cell__score").first
    high = page.locator("td.cell--band-high .cell__score").first
    assert low.evaluate("e => getComputedStyle(e).backgroundColor") != \
        high.evaluate("e => getComputedStyle(e).backgroundColor")
    assert page.locator(".matrix-legend li").count() == 3
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    matrix.screenshot(path=str(SCREENSHOTS / "cohort-matrix-phone-ar-start.png"))

    # Down and towards the inline end (leftwards in Arabic: scrollLeft goes negative).
    matrix.evaluate("box => { box.scrollTop = 500; box.scrollLeft = -box.scrollWidth; }")
    page.wait_for_timeout(100)
    at = page.evaluate(PINNED)
    page.screenshot(path=str(SCREENSHOTS / "cohort-matrix-phone-ar-scrolled.png"))
    box = at["box"]
    assert at["scrollTop"] > 100 and at["scrollLeft"] < -100, at  # it did scroll both ways
    assert at["firstRowHidden"], at
    # The header row sits at the top of the box, above the rows scrolled under it.
    assert abs(at["corner"]["top"] - box["top"]) <= 2, at
    assert abs(at["lastHeader"]["top"] - box["top"]) <= 2, at
    assert at["cornerOnTop"] and at["lastHeaderOnTop"], at
    # The learner column stays at the inline start: the right edge, in Arabic.
    assert at["learner"] is not None, at
    assert abs(at["learner"]["right"] - box["right"]) <= 2, at
    assert abs(at["corner"]["right"] - box["right"]) <= 2, at
    assert at["learnerOnTop"], at
    # The whole box fits the phone's screen, so both pinned edges can be seen at once.
    assert box["bottom"] - box["top"] <= 740 and box["right"] - box["left"] <= 360, at


    # A live event sets the same band classes as the server (cohort-dashboard.js updateCell).
    key = page.locator("td.cell:not([class*=cell--band])").first.get_attribute("data-cell")
    cell = page.locator(f'[data-cell="{key}"]')
    user, module = key.split("-")

    def event(score, band):
        page.evaluate("(m) => window.__socket.onmessage({data: JSON.stringify(m)})", {
            "type": "cohort.progress", "user": int(user), "figures": None,
            "cells": [{"module": int(module), "done": 2, "total": 2, "score": score,
                       "band": band}]})

    event(20, "low")
    assert "cell--band-low" in cell.get_attribute("class")
    event(100, "high")
    classes = cell.get_attribute("class")
    assert "cell--band-high" in classes and "cell--band-low" not in classes
