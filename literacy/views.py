from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


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
def unknown_language(request, code, rest):
    """A language prefix we do not serve: the same path in the default language."""
    known = {lang for lang, _name in settings.LANGUAGES}
    target = f"/{settings.LANGUAGE_CODE}/"
    if code.lower() not in known:
        target += rest
    if request.META.get("QUERY_STRING"):
        target += "?" + request.META["QUERY_STRING"]
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        target = f"/{settings.LANGUAGE_CODE}/"
    return HttpResponseRedirect(target)


@require_safe
def privacy(request):
    """What Basira stores about a person, why, and for how long (in plain words)."""
    from .security import conf as security_conf
    from .security.throttle import lockout_minutes

    return render(request, "literacy/privacy.html", {
        "session_days": max(1, settings.SESSION_COOKIE_AGE // 86400),
        "lockout_minutes": lockout_minutes(),
        "store_client_data": security_conf.STORE_CLIENT_DATA,
        "log_days": security_conf.LOG_RETENTION_DAYS,
    })
