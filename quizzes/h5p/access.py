"""Who may see an activity placed on a page: one function, asked by every H5P view."""

from wagtail import hooks
from wagtail.models import Page


def can_see_page(request, page: Page) -> bool:
    """The "basira_activity_access" hooks decide (any False denies); without any, the page
    must be live and publicly viewable."""
    answers = [fn(request, page) for fn in hooks.get_hooks("basira_activity_access")]
    if any(answer is False for answer in answers):
        return False
    if answers and any(answer is True for answer in answers):
        return page.live
    return page_is_public(page)


def page_is_public(page: Page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def page_for_activity(page_id: int | None) -> Page | None:
    if not page_id:
        return None
    return Page.objects.filter(pk=page_id).first()
