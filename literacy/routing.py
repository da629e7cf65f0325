"""Page routing in one query instead of two per level.

Wagtail's `Page.route` fetches each child and then its specific object, level by level:
a lesson four levels below the home page costs eight queries before it renders. Here
every candidate page on the path comes in one query (indexed by tree path and slug),
each step must be live, and only the deepest match is made specific; that page's own
`route` handles whatever is left of the path (so RoutablePageMixin pages still work when
they are the deepest page matched).
"""

from django.http import Http404
from wagtail.models import Page


def route_descendant(page, request, path_components):
    if not path_components:
        return Page.route(page, request, path_components)
    deepest = page.depth + len(path_components)
    rows = list(
        Page.objects.filter(
            path__startswith=page.path,
            depth__gt=page.depth,
            depth__lte=deepest,
            slug__in=path_components,
        )
    )
    current, chain = page, [page]
    for slug in path_components:
        match = next(
            (
                row for row in rows
                if row.depth == current.depth + 1
                and row.slug == slug
                and row.path.startswith(current.path)
            ),
            None,
        )
        if match is None:
            break
        if not match.live:
            raise Http404
        match._cached_parent_obj = current
        chain.append(match)
        current = match
    if len(chain) == 1:
        raise Http404
    specific = current.specific
    specific._cached_parent_obj = chain[-2]
    specific.route_chain = chain
    return specific.route(request, path_components[len(chain) - 1 :])
