"""Pages and JSON endpoints of live sessions.

The JSON endpoints are the fallback of the websocket (some networks block them): the
pages poll ``state.json`` every 2 s and send answers and commands by POST; both doors
call the same ``services`` verbs. The presenter's controls are plain forms, so they
also work without JavaScript.
"""

import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from literacy.security import conf as security_conf
from literacy.security.characters import checks_own_characters
from literacy.security.decorators import staff_2fa_required
from literacy.security.rate_limits import rate_limited
from literacy.security.throttle import CodeThrottle
from literacy.security.twofactor import is_verified, qr_svg

from . import audience, events, services, state
from .models import LiveSession

MAX_BODY = 4096
# Wrong session codes typed at the door, paused like failed sign-ins. Guarded by
# tests/quizzes/test_live_code_throttle.py::test_wrong_live_codes_are_paused_like_sign_in.
CODE_THROTTLE = CodeThrottle("live.code", limit=lambda: security_conf.CODE_FAILURE_LIMIT,
                             seconds=lambda: security_conf.CODE_LOCKOUT_SECONDS)


class CodesPaused(Exception):
    """Too many wrong codes from this person: every code is refused for a while."""


def _paused_message() -> str:
    minutes = CODE_THROTTLE.minutes()
    return ngettext("Too many wrong codes. Try again in %(minutes)d minute.",
                    "Too many wrong codes. Try again in %(minutes)d minutes.",
                    minutes) % {"minutes": minutes}


def _refuses_paused(*, as_json: bool):
    """A view that looks a code up answers 429 while its caller is paused."""
    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except CodesPaused:
                if as_json:
                    return JsonResponse({"error": _paused_message()}, status=429)
                return render(request, "quizzes/live/enter.html",
                              {"error": _paused_message(), "code": ""}, status=429)
        return wrapper
    return decorate


def _session_or_404(request, code) -> LiveSession:
    """The session of ``code``. A code in a URL is a guess like one typed at the door:
    a miss counts, and a paused person gets no answer about any code (429), so neither
    the door nor the URLs tell which codes exist."""
    if CODE_THROTTLE.is_locked(request.user):
        raise CodesPaused
    session = services.session_by_code(code)
    if session is None:
        CODE_THROTTLE.record_failure(request.user)
        raise Http404
    return session


def _hosted_or_404(request, code) -> LiveSession:
    session = _session_or_404(request, code)
    if not audience.may_host(request.user, session):
        raise Http404
    return session


@checks_own_characters
@require_http_methods(["GET", "POST"])
@login_required
def enter(request):
    """Type the session code shown on the projector (and, for a learner not yet in the
    session's group, the group's join code: see ``_admit``)."""
    error, status = None, 200
    code = (request.POST.get("code") or request.GET.get("code") or "").strip()
    if code and CODE_THROTTLE.is_locked(request.user):
        error, status = _paused_message(), 429
    elif code:
        session = services.session_by_code(code)
        if session is not None and session.state != LiveSession.State.ENDED:
            if request.method == "POST" and "group_code" in request.POST:
                return _admit(request, session)
            if request.method == "POST":
                return _join(request, session)
            return redirect("quizzes:live_play", code=session.code)
        CODE_THROTTLE.record_failure(request.user)
        error, status = _("No live quiz is running with this code. Check it on the screen."), 400
    return render(request, "quizzes/live/enter.html", {"error": error, "code": code},
                  status=status)


def _admit(request, session):
    """Join the session's group with its code, then go straight into the quiz.

    The group's app checks the code, pauses after repeated wrong codes and joins; a
    refusal changes nothing. Guard tested by test_a_wrong_group_code_joins_nothing."""
    try:
        audience.admit_with_code(request.user, session, request.POST.get("group_code", ""))
    except audience.AdmissionRefused as refused:
        return _admission_form(request, session, error=refused.message, status=refused.status)
    return _join(request, session)


def _admission_form(request, session, *, error=None, status=403):
    return render(request, "quizzes/live/enter.html", {
        "admit": session, "code": session.code, "error": error}, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
@never_cache
@_refuses_paused(as_json=False)
def play(request, code):
    """The learner's screen. Opening it (a QR code, a link) never joins: a newcomer is
    asked to confirm with a POST, which joins and comes back here. Guard tested by
    tests/quizzes/test_live_join.py::test_opening_the_play_page_joins_nobody."""
    session = _session_or_404(request, code)
    joined = session.participants.filter(user=request.user).exists()
    if request.method == "POST" or not joined:
        if session.state == LiveSession.State.ENDED:
            if not joined:
                return _refused(request, _("This live quiz has ended."))
        elif request.method == "POST":
            return _join(request, session)
        elif audience.may_join(request.user, session):
            return render(request, "quizzes/live/enter.html", {"confirm": session})
        elif audience.admits_by_code(request.user, session):
            return _admission_form(request, session)
        else:
            return _refused(request, _("This live quiz is only open to the members of its "
                                       "group."))
    initial = state.learner_state(session, user=request.user,
                                  mine=services.my_answers(session, request.user))
    return render(request, "quizzes/live/play.html", {
        "session": session, "initial": initial, "quiz": session.quiz,
        "ws_path": f"/ws/live/{session.code}/",
    })


def _refused(request, message):
    return render(request, "quizzes/live/enter.html", {"error": message, "code": ""},
                  status=403)


def _join(request, session):
    """Join (a POST: the door's code, the confirm button) and go to the quiz."""
    try:
        services.join(session=session, user=request.user)
    except services.LiveError as error:
        if error.status == 403 and audience.admits_by_code(request.user, session):
            return _admission_form(request, session)
        return _refused(request, error.message)
    return redirect("quizzes:live_play", code=session.code)


@require_safe
@login_required
@staff_2fa_required
@never_cache
@_refuses_paused(as_json=False)
def present(request, code):
    session = _hosted_or_404(request, code)
    join_url = request.build_absolute_uri(reverse("quizzes:live_play",
                                                  kwargs={"code": session.code}))
    return render(request, "quizzes/live/present.html", {
        "session": session, "quiz": session.quiz, "initial": state.presenter_state(session),
        "qr": qr_svg(join_url), "join_url": join_url,
        "enter_url": request.build_absolute_uri(reverse("quizzes:live_enter")),
        "ws_path": f"/ws/live/{session.code}/present/",
        "records_url": audience.records_url(session),
    })


def _json_error(error: services.LiveError) -> JsonResponse:
    return JsonResponse({"error": error.message}, status=error.status)


@require_safe
@login_required
@never_cache
@_refuses_paused(as_json=True)
def state_json(request, code):
    """The polling fallback: the same payload the socket pushes."""
    session = _session_or_404(request, code)
    if request.GET.get("role") == "presenter":
        if not audience.may_host(request.user, session) or not is_verified(request.user):
            raise Http404
        return JsonResponse({"type": "state", **state.presenter_state(session)})
    if not session.participants.filter(user=request.user).exists():
        return _json_error(services.LiveError(_("Join the live quiz before answering."),
                                              status=403))
    return JsonResponse({"type": "state", **state.learner_state(
        session, user=request.user, mine=services.my_answers(session, request.user))})


def _body(request) -> dict:
    """A JSON object (the script) or form fields (no script). Form fields are read from
    request.POST, which middleware may already have parsed: the raw body of a multipart
    form is then gone, so its size is the declared one."""
    if request.content_type == "application/json":
        if len(request.body) > MAX_BODY:
            raise services.LiveError(_("This request is too large."), status=413)
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise services.LiveError(_("This request could not be read."))
        return data
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit() or int(declared) > MAX_BODY:
        raise services.LiveError(_("This request is too large."), status=413)
    return {key: request.POST.get(key) for key in request.POST}


@require_POST
@login_required
@never_cache
@rate_limited("live_answer", as_json=True)
@_refuses_paused(as_json=True)
def answer(request, code):
    session = _session_or_404(request, code)
    try:
        data = _body(request)
        outcome = services.submit_answer(session=session, user=request.user,
                                         question_id=data.get("question"),
                                         value=data.get("value"))
    except services.LiveError as error:
        return _json_error(error)
    events.publish_count(session, question_id=outcome.answer.question_id,
                         user_id=request.user.pk, answered=outcome.answered,
                         joined=outcome.joined)
    return JsonResponse({"type": "answered", "question": outcome.answer.question_id,
                         "value": outcome.value})


@require_POST
@login_required
@never_cache
@_refuses_paused(as_json=True)
def control(request, code):
    """A presenter command; a learner (or anyone else) is refused and nothing changes."""
    session = _session_or_404(request, code)
    wants_json = request.content_type == "application/json"
    try:
        data = _body(request)
        if not is_verified(request.user):
            raise services.LiveError(_("Only the facilitator can run the quiz."), status=403)
        session = services.command(session_id=session.pk, user=request.user,
                                   action=data.get("action"))
    except services.LiveError as error:
        if wants_json or error.status == 403:
            return _json_error(error)

        messages.error(request, error.message)
        return HttpResponseRedirect(reverse("quizzes:live_present", args=[session.code]))
    if wants_json:
        return JsonResponse({"type": "state", **state.presenter_state(session)})
    return HttpResponseRedirect(reverse("quizzes:live_present", args=[session.code]))
