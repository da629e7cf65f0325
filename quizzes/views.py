"""Thin views: submit and start a quiz placed on a page, and a learner's own report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from literacy import offline_queue
from literacy.content_cache import generation, kept, specific_page
from literacy.precompiled import get_by_pk, stream_field_names
from literacy.security.characters import checks_own_characters
from literacy.security.rate_limits import rate_limited

from . import conf
from .access import can_take
from .attempts import (
    attempts_left,
    attempts_used,
    last_attempt,
    read_token,
    review_for,
    start_attempt,
    submit,
)
from .grading import SubmissionError
from .models import Attempt, Quiz
from .params import object_id
from .presentation import quiz_info, review_items, take_context


def _refuse(request, quiz, page, errors, *, previous=None, status=400, numbers=()):
    """The quiz form again with the errors and the learner's answers; nothing was stored."""
    context = {"errors": errors, "quiz_info": quiz_info(quiz), "page": page}
    if page is not None:
        context.update(take_context(user=request.user, page=page, quiz=quiz,
                                    previous=previous, errors=errors, error_numbers=numbers))
    return render(request, "quizzes/take.html", context, status=status)


def _page_for(request, quiz, page_id):
    page = specific_page(page_id, without_streams=True) if page_id else None
    if page is None or not can_take(request, page, quiz):
        raise Http404
    return page


@checks_own_characters
@require_POST
@login_required
@offline_queue.same_account_only
@rate_limited("submission")
@never_cache
def submit_view(request, quiz_id):
    # The parsed questions are memoised per quiz version (Quiz.canonical_questions): the
    # submission does not need the question streams' JSON, loaded on demand if it does.
    # The quiz (a saved quiz starts a new content generation) is kept under the
    # generation, as its page is (`_page_for`): neither costs a query.
    quiz = kept(f"quizzes:quiz:{generation()}:{quiz_id}",
                lambda: get_by_pk(Quiz, quiz_id, defer=stream_field_names(Quiz)))
    queued = offline_queue.is_queued(request)
    if quiz is None:
        if queued:  # the quiz was removed while the answers waited on the phone
            return _refused_offline(request, "", [_("This quiz no longer exists.")])
        raise Http404
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > conf.MAX_PAYLOAD_BYTES:
        return _refuse(request, quiz, None, [_("These answers are too large to be accepted.")],
                       status=413)
    try:
        form = read_token(request.POST.get("token", ""), user=request.user, quiz=quiz)
    except SubmissionError as error:
        if queued:
            return _refused_offline(request, quiz.title, error.messages)
        return _refuse(request, quiz, None, error.messages)
    try:
        page = _page_for(request, quiz, form.page_id)
    except Http404:
        if not queued:
            raise
        return _refused_offline(request, quiz.title, [_(
            "The lesson of this quiz is not open to you now (it may be closed for your "
            "cohort until a later date).")])
    try:
        outcome = submit(user=request.user, quiz=quiz, page=page, form=form, data=request.POST)
    except SubmissionError as error:
        if queued:
            return _refused_offline(request, quiz.title, error.messages)
        return _refuse(request, quiz, page, error.messages, previous=request.POST,
                       numbers=error.numbers)
    if queued:
        # The same answer for a first delivery and a replay: one attempt either way.
        return offline_queue.done(
            outcome="graded", url=outcome.attempt_url, link=_("See the result"),
            message=_("Your answers to “%(title)s”, sent when the connection came back, "
                      "were graded.") % {"title": quiz.title})
    if outcome.replayed:
        messages.info(request, _("These answers were already submitted; here is that attempt.")
                      if outcome.same_form else
                      _("This attempt was already submitted from another tab or window; "
                        "here is its result."))
    return HttpResponseRedirect(outcome.attempt_url)


def _refused_offline(request, title, reasons):
    return offline_queue.rejected(request, offline_queue.Refused("quiz", title, reasons))


@checks_own_characters
@require_POST
@login_required
@rate_limited("quiz_start")
def start_view(request, quiz_id):
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    page_id = object_id(request.POST.get("page"))
    if page_id is None:
        return _refuse(request, quiz, None, [_(
            "This quiz could not be started: the lesson it belongs to was not sent "
            "correctly. Go back to the lesson and try again.")])
    page = _page_for(request, quiz, page_id)
    try:
        start_attempt(user=request.user, quiz=quiz, page=page)
    except SubmissionError as error:
        return _refuse(request, quiz, page, error.messages)
    return HttpResponseRedirect(f"{page.url}#quiz-{quiz.pk}")


@require_safe
@login_required
@never_cache
def attempt_view(request, attempt_id):
    """A learner's own question-level report, as far as the review policy allows."""
    attempt = get_object_or_404(
        Attempt.objects.select_related("quiz", "page"), pk=attempt_id, user=request.user,
        submitted_at__isnull=False,
    )
    used = attempts_used(last_attempt(request.user, attempt.quiz), attempt.quiz)
    review = review_for(attempt, attempts_used=used)
    page = attempt.page.specific if attempt.page else None
    context = {
        "attempt": attempt, "quiz_info": quiz_info(attempt.quiz), "review": review,
        "items": review_items(attempt, review) if review.available else [],
        "page": page, "lesson_url": f"{page.url}#quiz-{attempt.quiz_id}" if page else None,
        "attempts_used": used, "can_retake": attempts_left(attempt.quiz, used) != 0,
    }
    return render(request, "quizzes/attempt.html", context)
