"""The course's glossary (courses/glossary.py): a page of its own, saved for offline
reading with the lessons (issue 17)."""

import pytest
from django.urls import reverse

from courses import services
from literacy.offline import HEADER
from tests.courses.builders import make_catalogue, make_course, make_term
from tests.html import without_styles

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_glossary_lists_the_courses_terms_and_is_saved_offline(client, home_page):
    course = make_course(make_catalogue(home_page), modules=1, lessons=2, blocks=8,
                         term=make_term())
    learner = UserFactory(username="nour")
    services.enroll(user=learner, course=course)
    client.force_login(learner)
    address = reverse("courses:glossary", args=[course.pk])
    assert f'data-pages="{address}"' in client.get(course.url).content.decode()

    page = client.get(address)
    assert page[HEADER] == "glossary"
    html = without_styles(page.content.decode())
    assert html.count("<dt>القراءة الجانبية</dt>") == 1  # met in two lessons, listed once
    assert "<dd>تعريف</dd>" in html

    client.get("/en/")  # the English glossary is the English terms
    english = client.get(reverse("courses:glossary", args=[course.pk]).replace("/ar/", "/en/"))
    assert "<dt>Lateral reading</dt>" in without_styles(english.content.decode())


def test_a_draft_course_has_no_glossary(client, home_page):
    course = make_course(make_catalogue(home_page), modules=1, lessons=1)
    course.unpublish()
    assert client.get(reverse("courses:glossary", args=[course.pk])).status_code == 404
