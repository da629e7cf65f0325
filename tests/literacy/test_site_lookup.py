"""The request's Wagtail site from the content cache (literacy.sites): Wagtail's answer,
without a query per request, and a changed site applies at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.views import serve as wagtail_serve

from literacy.models import HomePage
from literacy.sites import SiteMiddleware, find_site, match_site

pytestmark = pytest.mark.django_db

# (hostname, port, is_default_site) of each site.
CONFIGS = {
    "default only": [("localhost", 80, True)],
    "two hosts": [("localhost", 80, True), ("example.org", 80, False)],
    "a host on two ports": [("localhost", 80, True), ("example.org", 80, False),
                            ("example.org", 8080, False)],
    "no default": [("example.org", 80, False), ("example.org", 8080, False)],
    "the default on a port": [("example.org", 8000, True), ("example.org", 80, False)],
}
REQUESTS = [("localhost", 80), ("localhost", 8000), ("example.org", 80),
            ("example.org", 8080), ("example.org", 9999), ("other.net", 80)]


@pytest.mark.parametrize("config", CONFIGS)
def test_the_site_wagtail_would_find(config, root_page):
    Site.objects.all().delete()
    for hostname, port, default in CONFIGS[config]:
        Site.objects.create(hostname=hostname, port=port, root_page=root_page,
                            is_default_site=default)
    sites = list(Site.objects.all())
    for hostname, port in REQUESTS:
        try:
            expected = get_site_for_hostname(hostname, port).pk
        except Site.DoesNotExist:
            expected = None
        found = match_site(sites, hostname, port)
        assert (found.pk if found else None) == expected, (config, hostname, port)


def test_a_page_view_reads_neither_the_site_nor_its_root_page(client, home_page):
    client.get("/ar/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ar/")
    assert response.status_code == 200
    assert not [q for q in queries.captured_queries
                if "wagtailcore_site" in q["sql"] or "literacy_homepage" in q["sql"]]


def test_a_new_site_applies_at_once(client, home_page, root_page):
    """Guard for the cache key: a site added after a visit routes the next request."""
    other = HomePage(title="Other", slug="other", intro_ar="مقدمة الموقع الآخر", live=True)
    # A second site's root (max_count_per_parent limits editors, not add_child).
    root_page.add_child(instance=other)
    assert "مقدمة عربية" in client.get("/ar/", HTTP_HOST="127.0.0.1").content.decode()
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=other)
    assert "مقدمة الموقع الآخر" in client.get("/ar/", HTTP_HOST="127.0.0.1").content.decode()


def test_each_request_gets_its_own_copy(rf, home_page):
    first = find_site(rf.get("/ar/"))
    first.site_name, first.root_page.title = "changed", "changed"
    second = find_site(rf.get("/ar/"))
    assert second.pk == first.pk and isinstance(second.root_page, HomePage)
    assert second.site_name != "changed" and second.root_page.title != "changed"


def test_a_port_that_is_no_number_is_left_to_wagtail(rf, home_page):
    request = rf.get("/ar/", SERVER_PORT="eighty")
    SiteMiddleware(lambda request: None).process_view(request, wagtail_serve, (), {})
    assert not hasattr(request, "_wagtail_site")
