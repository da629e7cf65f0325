from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import DatabaseError, connection
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import conf
from .security import conf as security_conf
from .security.throttle import lockout_minutes


@require_safe
@never_cache
def healthz(request):
    """For load balancers: 200 while the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: the site's icon (static/),
    answered here rather than redirected, so that no page costs a round trip more.

    Cached for a day only: pages link the hashed static name, which is cached for a year."""
    path = finders.find("favicon.ico")
    if not path:
        raise Http404
    response = FileResponse(open(path, "rb"), content_type="image/x-icon")
    patch_cache_control(response, public=True, max_age=86400)
    return response


@require_safe
def unknown_language(request, code, rest):
    """A language prefix we do not serve: the same path in the default language.

    A language we serve reaches here only with a path no route has (``/ar/x`` without
    its slash, ``/ar/favicon.ico``): that is a 404, not a redirect to the home page.
    Guarded by tests/literacy/test_site.py::test_an_unknown_path_is_a_404_not_the_home_page.
    """
    known = {lang for lang, _name in settings.LANGUAGES}
    if code.lower() in known:
        raise Http404
    target = f"/{settings.LANGUAGE_CODE}/{rest}"
    if request.META.get("QUERY_STRING"):
        target += "?" + request.META["QUERY_STRING"]
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        target = f"/{settings.LANGUAGE_CODE}/"
    return HttpResponseRedirect(target)


@require_safe
def privacy(request):
    """What Basira stores about a person, why, and for how long (in plain words)."""
    return render(request, "literacy/privacy.html", {
        "session_days": max(1, settings.SESSION_COOKIE_AGE // 86400),
        "lockout_minutes": lockout_minutes(),
        "store_client_data": security_conf.STORE_CLIENT_DATA,
        "log_days": security_conf.LOG_RETENTION_DAYS,
        "shared_minutes": max(1, security_conf.SHARED_DEVICE_IDLE_SECONDS // 60),
        "export_days": int(conf.EXPORT_AUDIT_DAYS),
    })
