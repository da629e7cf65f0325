"""The site's URLs plus the bench's floors (bench-only: never in the product's URLs)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from literacy.urls import urlpatterns as site_urlpatterns


def floor(request):
    """The cheapest Django response: what any page costs at least."""
    return HttpResponse("ok")


@require_POST
@login_required
@never_cache
def noop_post(request):
    """The floor of a learner's form POST: the same middleware (session read, CSRF check,
    the signed-in user loaded), then nothing. Quiz submissions per second are divided by
    these per second (`quiz_submit.vs_noop_ratio`)."""
    return HttpResponse(status=204)


urlpatterns = [path("bench/floor", floor), path("bench/noop", noop_post), *site_urlpatterns]
