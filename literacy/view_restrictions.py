"""Wagtail's privacy check without its two queries when nothing is private.

Before serving a page Wagtail reads the page's ancestors, then the view restrictions on
any of them (`Page.get_view_restrictions`, run by its `check_view_restrictions` hook):
two queries on every page view, although almost no Basira page has a restriction.
Whether a page has any is kept under the content generation, which every save or
deletion of a page (moves included) or of a PageViewRestriction replaces
(`content_cache.watch_pages`); a page that has restrictions reads them fresh every time,
so who may see it (the login, the groups, the password) is always decided on current rows.
"""

from wagtail.models import PageViewRestriction

from .content_cache import cached, generation


class CachedViewRestrictions:
    """Page mixin: `get_view_restrictions` is empty, without a query, while the cache
    says the page and its ancestors have none.

    Guard: tests/literacy/test_view_restrictions.py::test_restriction_added_after_a_visit_applies
    (a restriction made after the page was cached as unrestricted must apply at once)
    and ::test_restricted_page_asks_visitors_to_sign_in.
    """

    def get_view_restrictions(self):
        # Wagtail's own reads the ancestors as soon as it is called: only on a miss here.
        def restricted() -> bool:
            return super(CachedViewRestrictions, self).get_view_restrictions().exists()

        if self.pk is not None and not cached(f"basira:restricted:{generation()}:{self.pk}",
                                              restricted):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
