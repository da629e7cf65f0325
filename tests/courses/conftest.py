import pytest

from tests.factories import UserFactory

from .builders import lessons_of, make_catalogue, make_course


@pytest.fixture
def catalogue(home_page):
    return make_catalogue(home_page)


@pytest.fixture
def course(catalogue):
    return make_course(catalogue)


@pytest.fixture
def lessons(course):
    return lessons_of(course)


@pytest.fixture
def learner(db):
    return UserFactory(username="layla")


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def enrolled(learner, course):
    from courses.services import enroll

    return enroll(user=learner, course=course)[0]
