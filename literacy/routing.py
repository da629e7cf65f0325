"""Page routing in one query instead of two per level.

Wagtail's `Page.route` fetches each child and then its specific object, level by level:
a lesson four levels below the home page costs eight queries before it renders. Here
every candidate page on the path comes in one query (indexed by tree path and slug),
each step must be live, and only the deepest match is made specific; that page's own
`route` handles whatever is left of the path (so RoutablePageMixin pages still work when
they are the deepest page matched).

The walk's outcome (which page, how much of the path it consumed) is the same for every
visitor, so it is cached under the content generation (any page save starts a new one):
a repeat visit costs one query, for the specific page itself, which is read fresh.

A page class may set `shared_between_requests = True` when its instance holds nothing that
varies between visitors (no block that renders a learner's state from values it keeps):
the specific page is then kept under the generation too, and each request is given its
own shallow copy, so a repeat visit costs no query (the site's root page is kept the same
way, literacy/sites.py). Guard: tests/courses/test_performance.py::
test_a_shared_course_page_changes_when_it_is_published.
"""

import copy

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page

from .content_cache import cached, generation
from .precompiled import get_by_pk, unread_translations


def _walk(page, path_components):
    """(content type id, page id, components consumed) of the deepest live match, or
    None (not cached: unknown paths must not fill the cache)."""
    deepest = page.depth + len(path_components)
    rows = list(
        Page.objects.filter(
            path__startswith=page.path,
            depth__gt=page.depth,
            depth__lte=deepest,
            slug__in=path_components,
        ).values_list("id", "path", "depth", "slug", "live", "content_type_id")
    )
    current_path, current_depth, match = page.path, page.depth, None
    consumed = 0
    for slug in path_components:
        found = next(
            (
                row for row in rows
                if row[2] == current_depth + 1 and row[3] == slug
                and row[1].startswith(current_path)
            ),
            None,
        )
        if found is None:
            break
        if not found[4]:
            return None
        match, consumed = found, consumed + 1
        current_path, current_depth = found[1], found[2]
    if match is None:
        return None
    return (match[5], match[0], consumed)


def route_descendant(page, request, path_components):
    if not path_components:
        return Page.route(page, request, path_components)
    key = f"basira:route:{generation()}:{page.pk}:{'/'.join(path_components)}"
    walked = cached(key, lambda: _walk(page, path_components))
    if walked is None:
        raise Http404
    content_type_id, page_id, consumed = walked
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        raise Http404
    if getattr(model, "shared_between_requests", False):
        specific = cached(f"basira:routed:{generation()}:{page_id}",
                          lambda: get_by_pk(model, page_id, live_only=True))
        specific = copy.copy(specific) if specific is not None else None
    else:
        # For this request alone: its language's body is read, not every language's.
        specific = get_by_pk(model, page_id, live_only=True, defer=unread_translations(model))
    if specific is None:
        raise Http404
    return specific.route(request, path_components[consumed:])
