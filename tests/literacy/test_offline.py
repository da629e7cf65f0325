"""Offline caching (literacy/offline.py): which responses the service worker may keep."""

import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from literacy.offline import HEADER, account_key
from tests.courses.activities import make_quiz, place, quiz_block
from tests.courses.builders import lessons_of
from tests.html import without_styles

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def test_learner_course_and_lesson_pages_are_marked(client, course, learner):
    client.force_login(learner)
    page = client.get(course.url)
    assert page[HEADER] == "course"
    html = page.content.decode()
    assert "data-offline-save" in html and "hidden" in html  # shown by offline.js only
    assert f'data-account="{account_key(learner)}"' in html
    for lesson in lessons_of(course):
        assert lesson.url in html  # what the save button fetches
        assert client.get(lesson.url)[HEADER] == "lesson"


def test_the_learners_dashboard_sends_and_tells_offline_answers_but_is_not_kept(
        client, course, learner):
    """A learner who comes back to "My learning" after answering offline gets the results
    there too: the page runs the offline script, but is never kept on the phone."""
    client.force_login(learner)
    page = client.get(reverse("courses:dashboard"))
    html = page.content.decode()
    assert "courses/js/offline.js" in html
    assert f'data-account="{account_key(learner)}"' in html
    assert HEADER not in page


def test_visitors_get_no_mark_and_no_script(client, course):
    page = client.get(course.url)
    assert HEADER not in page
    assert "offline.js" not in page.content.decode()


def test_staff_export_and_review_responses_are_never_marked(client, course, learner):
    """Staff pages, a learner's own data export and a lesson showing a graded attempt
    never carry the mark (guards: OfflineGuardMiddleware, offline.forbid)."""
    lesson = lessons_of(course)[0]
    quiz = make_quiz("offline-graded", "graded")
    place(lesson, quiz_block(quiz))
    staff = UserFactory(username="editor", is_staff=True, is_superuser=True)
    client.force_login(staff)
    for url in ("/admin/", reverse("wagtailadmin_pages:edit", args=[lesson.pk]), course.url,
                lesson.url):
        assert HEADER not in client.get(url), url

    client.force_login(learner)
    export = client.get(reverse("accounts:personal_data_json"))
    assert export.status_code == 200 and HEADER not in export
    assert client.get(lesson.url)[HEADER] == "lesson"  # not answered yet
    from quizzes.models import Attempt

    now = timezone.now()
    Attempt.objects.create(user=learner, quiz=quiz, number=1, idempotency_key=uuid.uuid4(),
                           order_seed=1, language="ar", started_at=now, submitted_at=now,
                           score=5, max_score=10, passed=False)
    review = client.get(lesson.url)
    assert review.status_code == 200 and HEADER not in review


def test_the_service_worker_is_served_from_the_root(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    assert response["Content-Type"].startswith("text/javascript")
    body = response.content.decode()
    assert "X-Basira-Offline" in body and "basira-offline-" in body
    assert "self.__WB_MANIFEST" not in body  # injectManifest wrote the precache list


def test_the_guard_strips_a_mark_a_view_should_not_have_set(rf):
    """Whatever a view marks, a download, a POST or a visitor's response loses the mark."""
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from literacy.offline import OfflineGuardMiddleware

    def marked_download(request):
        response = HttpResponse(b"csv")
        response[HEADER] = "lesson"
        response["Content-Disposition"] = 'attachment; filename="x.csv"'
        return response

    guard = OfflineGuardMiddleware(marked_download)
    for request in (rf.get("/ar/learn/export.csv"), rf.post("/ar/x/")):
        request.user = AnonymousUser()
        assert HEADER not in guard(request)


def test_the_offline_page_is_the_same_for_everyone_and_kept_by_the_worker(client, learner):
    """What the worker shows offline for a page not saved: no account, no name of Basira
    (a learner may have chosen a neutral app identity), a slot for the saved list."""
    address = reverse("offline_fallback")
    anonymous = client.get(address)
    client.force_login(learner)
    signed_in = client.get(address)
    assert anonymous.content == signed_in.content
    html = without_styles(signed_in.content.decode())
    assert "أنت غير متصل" in html and "<!--basira-saved-->" in html
    assert "salma" not in html and "بصيرة" not in html and "Basira" not in html
    worker = client.get("/sw.js").content.decode()
    assert f'"ar": "{address}"' in worker and '"en": "/en/offline/"' in worker
