"""A large export on a 360×740 phone, in Arabic: the facilitator asks for it, sees the page
that waits for the worker, and the page offers the file by itself once it is ready (it
refreshes without script: courses/cohorts/prepared_exports.py)."""

import pytest
from django_tasks_db.management.commands.db_worker import Worker

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def large_cohort(home_page, settings, tmp_path):
    from courses.models import Organisation
    from tests.courses.builders import make_catalogue, make_course
    from tests.courses.cohort_fixtures import make_cohort, make_facilitator
    from tests.factories import UserFactory

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.COURSES_EXPORT_WORKER_ROWS = 2
    settings.LITERACY_PREPARED_FILES_ROOT = str(tmp_path)
    course = make_course(make_catalogue(home_page), modules=1, lessons=1)
    organisation = Organisation.objects.create(name="منظمة")
    facilitator = make_facilitator("mona", organisation)
    cohort = make_cohort(name="مجموعة كبيرة", organisation=organisation,
                         facilitator=facilitator, courses=[course],
                         learners=[UserFactory(username=f"learner-{i}") for i in range(3)])
    return facilitator, cohort


def test_a_large_export_waits_then_offers_the_file(visit, live_server, large_cohort):
    facilitator, cohort = large_cohort
    page = visit.page
    visit.sign_in(live_server.url, facilitator, verified=True)
    page.goto(f"{live_server.url}/ar/facilitate/exports/matrix.xlsx?cohort={cohort.pk}")
    assert page.locator("h1").inner_text() == "يجري إعداد ملف التصدير"
    page.screenshot(path=str(SCREENSHOTS / "export-being-prepared.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    Worker(queue_names=["*"], interval=0, batch=True, backend_name="default",
           startup_delay=False, max_tasks=None, worker_id="browser-test").run()

    page.wait_for_selector("text=ملف التصدير جاهز", timeout=15_000)  # the page refreshed
    page.screenshot(path=str(SCREENSHOTS / "export-ready.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="تنزيل ملف التصدير").click()
    assert download.value.suggested_filename.startswith("basira-matrix-")
