"""Answers and progress a phone queued offline and sends back (docs/design.md, "Offline
caching"): the service worker replays the form exactly as it was posted, with
``X-Basira-Queued: <account key>`` (``literacy.offline.account_key``). The view does what
it does for that form and, for the worker, answers in JSON instead of a redirect:

- ``{"outcome": "graded" | "recorded", "message", "url", "link"}``: done. A quiz form
  sent twice finds the attempt its signed token made (``quizzes.attempts.submit``): one
  attempt, counted once, however often the phone replays it.
- ``{"outcome": "rejected", ...}``: refused (a stale form: the quiz changed, no attempts
  left, the token expired, the lesson closed by pacing). The refusal is stored as an
  ``OfflineRejection`` with what was sent, so the learner is told and finds it in their
  data export; the phone may drop it from its queue.
- 409: the queue is another account's (``same_account_only``). Nothing is done or
  stored; the phone keeps the queue for when its owner signs in again.
"""

from dataclasses import dataclass
from functools import wraps

from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import OfflineRejection
from .offline import account_key

HEADER = "X-Basira-Queued"
_META = "HTTP_X_BASIRA_QUEUED"
# The form's own machinery, not the learner's answers.
_NOT_ANSWERS = frozenset({"csrfmiddlewaretoken", "token", "next"})


def is_queued(request) -> bool:
    return _META in request.META


def same_account_only(view):
    """A queued form is replayed only for the account that queued it: under another
    account's session it is refused with 409 before the view runs, so it is neither
    graded, nor counted, nor recorded as a rejection of the wrong person.

    Guarded by tests/literacy/test_offline_queue.py::
    test_a_queue_replayed_under_another_account_changes_nothing."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if is_queued(request) and request.META[_META] != account_key(request.user):
            return JsonResponse({"outcome": "other-account"}, status=409)
        return view(request, *args, **kwargs)
    return wrapper


def done(*, outcome: str, message: str, url: str, link: str) -> JsonResponse:
    return JsonResponse({"outcome": outcome, "message": message, "url": url, "link": link})


@dataclass
class Refused:
    kind: str  # "quiz" or "lesson"
    title: str
    reasons: list


def rejected(request, refused: Refused) -> JsonResponse:
    """Record the refusal with what was sent, then tell the phone (and so the learner):
    the phone drops the entry once answered, so this row is what keeps it. Guarded by
    tests/literacy/test_offline_queue.py::test_a_stale_submission_is_told_in_words_and_kept_in_the_export."""
    answers = {name: request.POST.getlist(name) for name in request.POST
               if name not in _NOT_ANSWERS}
    reasons = [str(reason) for reason in refused.reasons]
    OfflineRejection.objects.create(user=request.user, kind=refused.kind,
                                    title=refused.title[:255], path=request.path[:255],
                                    answers=answers, reasons=reasons)
    return JsonResponse({
        "outcome": "rejected",
        "message": _("Not accepted when your phone sent it: “%(title)s”. %(reasons)s "
                     "What you sent is kept in your data.")
        % {"title": refused.title, "reasons": " ".join(reasons)},
        "url": reverse("accounts:personal_data"),
        "link": _("See your data"),
    })
