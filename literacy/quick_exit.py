"""The quick exit: a learner on a watched or shared phone leaves Basira in one tap.

Every page of the layout (and the Wagtail admin) carries a small link to a neutral address
(``LITERACY_QUICK_EXIT_URL``, or this site's own ``neutral_page``). It is a plain link,
with ``rel="noreferrer"`` so the neutral site is not told where the visitor came from;
literacy/static/literacy/js/quick-exit.js makes it (and Escape pressed three times) replace
the current history entry, so the back button does not bring the lesson back. Nothing asks
for the neutral address before the learner presses (no prefetch, no preconnect).
"""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from . import conf


def exit_url() -> str:
    """The host's neutral address, else this site's neutral page. Only ever the link's
    href: guarded by tests/literacy/test_quick_exit.py::
    test_the_host_chooses_the_address_and_nothing_asks_for_it_before."""
    return conf.QUICK_EXIT_URL or reverse("neutral_page")


@require_safe
def neutral_page(request):
    """A page a curious onlooker finds unremarkable: no name, logo, icon or stylesheet of
    Basira (and an empty icon, so the browser does not fetch the site's favicon).

    Guarded by tests/literacy/test_quick_exit.py::test_the_neutral_page_says_nothing_of_basira."""
    return render(request, "literacy/neutral_page.html")
