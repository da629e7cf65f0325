"""The request's Wagtail site without two queries per request.

Wagtail finds the site of every request with a query (`get_site_for_hostname`: the sites
for the host or the default one, ranked in SQL), and routing then reads the site's root
page as its specific class with a second. Sites and root pages change only when content
does, so the list of all sites, each with its specific root page, is kept under the
content generation (saving or deleting any Site or Page starts a new one) and matched
here in Python by Wagtail's own rules. The middleware hands the answer to Wagtail through
the attribute Wagtail itself caches it on for the request (`request._wagtail_site`).

One cache entry holds every site, so a Host header no site knows adds nothing to the
cache. Each request gets its own copies of the site and its root page: the cached ones
are shared and must not collect one request's state.
"""

import copy

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from .content_cache import cached, generation

# Wagtail's ranks (wagtail.models.sites): hostname and port; hostname of the default
# site; the default site under another hostname; hostname only.
_HOSTNAME_PORT, _HOSTNAME_DEFAULT, _DEFAULT, _HOSTNAME = 0, 1, 2, 3


def _all_sites() -> tuple:
    sites = list(Site.objects.select_related("root_page"))
    for site in sites:
        site.root_page = site.root_page.specific
    return tuple(sites)


def _rank(site, hostname: str, port: int) -> int:
    if site.hostname == hostname:
        if site.port == port:
            return _HOSTNAME_PORT
        return _HOSTNAME_DEFAULT if site.is_default_site else _HOSTNAME
    return _DEFAULT


def match_site(sites, hostname: str, port: int):
    """The site Wagtail's `get_site_for_hostname` would answer, or None where it raises
    Site.DoesNotExist (tests/literacy/test_site_lookup.py compares the two)."""
    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site),
        key=lambda site: _rank(site, hostname, port),
    )
    if not candidates:
        return None
    best = _rank(candidates[0], hostname, port)
    if len(candidates) == 1 or best in (_HOSTNAME_PORT, _HOSTNAME_DEFAULT):
        return candidates[0]
    if best == _DEFAULT:
        # One hostname match besides the default wins over it; several do not.
        return candidates[len(candidates) == 2]
    return None


def find_site(request):
    """A copy of the request's site (its root page specific), or None if none matches."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = int(request.get_port())
    site = match_site(cached(f"basira:sites:{generation()}", _all_sites), hostname, port)
    if site is None:
        return None
    site = copy.copy(site)
    site.root_page = copy.copy(site.root_page)
    return site


class SiteMiddleware:
    """Sets `request._wagtail_site` from `find_site` for the requests Wagtail serves a
    page to, whose `Site.find_for_request` then returns it instead of querying. Other
    views are left alone: they look the site up only if they need it, and /healthz must
    answer with the database down."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve:
            return None
        try:
            request._wagtail_site = find_site(request)
        except ValueError:
            pass  # a port that is not a number: Wagtail's own lookup decides
        return None
