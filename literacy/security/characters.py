"""Refuses requests that carry characters no page ever needs: NUL and the other C0 control
characters except tab, line feed and carriage return, in the path, the query string, form
fields and uploaded file names (file contents are the upload checks' business).

PostgreSQL refuses NUL in text outright, so such a value used to reach the database as a
500 whose log quoted the learner's text; refused here, before any view, it is a translated
400 that logs nothing of what was sent. Guarded by
tests/literacy/test_invalid_characters.py::test_every_route_refuses_a_nul_in_the_query and
::test_nul_in_a_form_field_is_refused_and_nothing_logged.
"""

import re

from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

# C0 controls but tab, LF, CR; plus the Unicode noncharacter U+FFFE/U+FFFF.
INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _carries_invalid(querydict) -> bool:
    for key, values in querydict.lists():
        if INVALID.search(key) or any(INVALID.search(v) for v in values if isinstance(v, str)):
            return True
    return False


def invalid_input(request) -> bool:
    if INVALID.search(request.path) or _carries_invalid(request.GET):
        return True
    if request.method == "POST":
        if _carries_invalid(request.POST):
            return True
        return any(INVALID.search(upload.name or "") for upload in request.FILES.values())
    return False


def checks_own_characters(view):
    """Marks a view that refuses these characters itself with a better answer than a
    generic page: a quiz form shown again with the learner's other answers, a JSON error
    the H5P player understands. Its own tests must prove it (tests/quizzes/test_bad_input.py
    ::test_nul_bytes_never_reach_the_database)."""
    view.checks_own_characters = True
    return view


def _view_checks_itself(request) -> bool:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return getattr(match.func, "checks_own_characters", False)


class InvalidCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Resolving costs a little: only for the rare request that carries such characters.
        if invalid_input(request) and not _view_checks_itself(request):
            return render(request, "basira/400.html", {
                "message": _("This request contains a character that is not allowed (such "
                             "as a NUL byte), so nothing was saved. Go back and try again "
                             "without it."),
            }, status=400)
        return self.get_response(request)
