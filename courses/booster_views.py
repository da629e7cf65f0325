"""The page where a learner takes a due booster quiz (courses.boosters). No JavaScript
needed: the quiz form posts back here and the result is the quizzes app's attempt page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from literacy.security.rate_limits import rate_limited
from quizzes.attempts import read_token, submit
from quizzes.grading import SubmissionError
from quizzes.presentation import take_context

from . import boosters


def _page(request, booster, *, status=200, previous=None, errors=None, numbers=()):
    context = take_context(user=request.user, page=None, quiz=booster.quiz,
                           previous=previous, errors=errors, error_numbers=numbers)
    if context.get("submit_url"):
        context["submit_url"] = request.path
    context.update(booster=booster, page=booster.course.specific)
    return render(request, "quizzes/take.html", context, status=status)


@login_required
@rate_limited("submission", methods=("POST",))
@never_cache
def booster(request, booster_id):
    """404 for another learner's booster or one not yet due
    (tests/courses/test_boosters.py::test_the_booster_page_opens_only_once_due)."""
    found = boosters.available(request.user, booster_id)
    if found is None:
        raise Http404
    if request.method != "POST":
        return _page(request, found)
    try:
        form = read_token(request.POST.get("token", ""), user=request.user, quiz=found.quiz)
        if form.page_id is not None:
            raise Http404
        outcome = submit(user=request.user, quiz=found.quiz, page=None, form=form,
                         data=request.POST)
    except SubmissionError as error:
        return _page(request, found, status=400, previous=request.POST,
                     errors=error.messages, numbers=error.numbers)
    if outcome.replayed:
        messages.info(request, _("These answers were already submitted; here is that attempt."))
    return HttpResponseRedirect(outcome.attempt_url)
