"""Fixtures shared by every test module.

Pages and the site are built here rather than taken from Wagtail's data migrations,
because transactional tests flush those rows.
"""

import pytest
from django.db.models.signals import post_save
from django.utils import translation
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import (
    connect_reference_index_signal_handlers,
    disconnect_reference_index_signal_handlers,
    reference_index_auto_update_disabled,
)

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


@pytest.fixture(scope="session", autouse=True)
def _no_admin_search_index_tasks():
    """The test settings turn the admin's search index off (AUTO_UPDATE False), yet
    modelsearch still enqueues a task on every save of an indexed model that reads the
    object twice and then updates nothing: about a tenth of every page save. Its save
    receiver is disconnected for the run; a test that needs the index builds it."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    yield
    for model in models:
        post_save.connect(post_save_signal_handler, sender=model)


@pytest.fixture(scope="session", autouse=True)
def _no_reference_index():
    """Wagtail's reference index (the admin's "usage" and delete warnings; Basira's code
    never reads it) is rewritten after every save of a page or snippet: a fifth of what
    creating pages costs. It is off for the run; ``reference_index`` turns it on for a
    test that reads it (tests/literacy/test_seed_demo.py)."""
    disconnect_reference_index_signal_handlers()
    reference_index_auto_update_disabled.value = True
    yield
    del reference_index_auto_update_disabled.value
    connect_reference_index_signal_handlers()


@pytest.fixture
def reference_index():
    """Wagtail's reference index kept up to date, as on a site."""
    connect_reference_index_signal_handlers()
    del reference_index_auto_update_disabled.value
    yield
    reference_index_auto_update_disabled.value = True
    disconnect_reference_index_signal_handlers()


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


@pytest.fixture
def hops(monkeypatch):
    """Calls of the sweep Channels runs before a consumer's handler, a thread hop each
    (literacy/socket_dispatch.py)."""
    import channels.consumer  # late: only the socket tests need it

    calls = []
    real = channels.consumer.aclose_old_connections

    async def counted():
        calls.append(1)
        await real()

    monkeypatch.setattr(channels.consumer, "aclose_old_connections", counted)
    return calls
