"""Fixtures shared by every test module.

Pages and the site are built here rather than taken from Wagtail's data migrations,
because transactional tests flush those rows.
"""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page, Site

from literacy.models import HomePage

from .factories import UserFactory


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, whose teardown is not refused on PostgreSQL.

    Threads of the async tests' executors keep their persistent connections (CONN_MAX_AGE)
    until the process ends; PostgreSQL then refuses to drop the test database while they
    are open. They are ended first, as the restart tests end a worker's backend.
    """
    yield
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid()")


@pytest.fixture
def root_page(db):
    Locale.objects.get_or_create(language_code="ar")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root


@pytest.fixture
def home_page(root_page):
    """A published home page, root of the default site (replacing Wagtail's placeholder)."""
    Site.objects.all().delete()
    for child in root_page.get_children():
        child.delete()
    home = HomePage(
        title="بصيرة", title_ar="بصيرة", title_en="Basira", title_fr="Basira",
        slug="home", intro_ar="مقدمة عربية", intro_en="English intro", live=True,
    )
    root_page.add_child(instance=home)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached answers (e.g. who has 2FA) must not leak between tests that reuse ids."""
    from django.core.cache import cache

    from literacy.content_cache import forget_local

    cache.clear()
    forget_local()
    yield
    cache.clear()
    forget_local()


@pytest.fixture(autouse=True)
def _arabic_by_default():
    """Each test starts in the site's default language, as a new visitor would."""
    with translation.override("ar"):
        yield
