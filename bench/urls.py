"""The site's URLs plus the bench's floors (bench-only: never in the product's URLs)."""

from django.contrib.auth.decorators import login_required
from django.db import connection, transaction
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


@require_POST
@login_required
@never_cache
def write_post(request):
    """The no-op POST plus the least a submission must do that the no-op does not: one
    row stored durably (BEGIN, one INSERT, COMMIT), in raw SQL, the cheapest way there is.
    Its table is made by the bench's setup (bench/quiz_load.py), before the server starts:
    made here, two workers' first requests raced to create it and one failed.
    Reported beside the no-op (`quiz_submit.vs_write_ratio`): the share of a submission's
    cost that is the quiz's own work beyond storing something at all."""
    with connection.cursor() as cursor, transaction.atomic():
        cursor.execute("INSERT INTO bench_write_floor (user_id, at) VALUES (%s, now())",
                       [request.user.pk])
    return HttpResponse(status=204)


urlpatterns = [path("bench/floor", floor), path("bench/noop", noop_post),
               path("bench/write", write_post), *site_urlpatterns]
