from django.http import HttpResponse
from django.urls import path

from literacy.urls import urlpatterns as site_urlpatterns


def floor(request):
    """The cheapest Django response: what any page costs at least."""
    return HttpResponse("ok")


urlpatterns = [path("bench/floor", floor), *site_urlpatterns]
