"""The guards of the facilitator area's views: signed in, the right role, a second factor.

Every view of courses/cohorts/ wears one of these (tests/courses/test_url_security.py
classifies each URL).
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404

from literacy.security.decorators import staff_2fa_required

from . import access


def facilitator_required(view):
    """Signed in (else to the login page), a facilitator (else 404: learners see none of
    this area), then a second factor verified in this session (the security stream's
    guard: a password alone never opens learners' data)."""
    guarded = staff_2fa_required(view)

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not access.is_facilitator(request.user):
            raise Http404
        return guarded(request, *args, **kwargs)

    return wrapper


def coordinator_or_facilitator_required(view):
    guarded = staff_2fa_required(view)

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not (access.is_facilitator(request.user) or access.is_coordinator(request.user)):
            raise Http404
        return guarded(request, *args, **kwargs)

    return wrapper
