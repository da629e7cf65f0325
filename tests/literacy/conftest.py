"""Fixtures of the literacy tests: a small self-paced course and one enrolled learner (the
offline tests; a module defining its own keeps its own)."""

import pytest

from courses import services
from tests.courses.builders import make_catalogue, make_course

from ..factories import UserFactory


@pytest.fixture
def course(home_page):
    return make_course(make_catalogue(home_page), modules=1, lessons=2)


@pytest.fixture
def learner(course):
    user = UserFactory(username="salma")
    services.enroll(user=user, course=course)
    return user
