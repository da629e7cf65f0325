"""Taking a quiz: form tokens, starting, submitting (idempotent) and the review policy.

Idempotency: the form carries a signed token naming the attempt number it would make.
The unique (user, quiz, number) constraint lets only one submission of that number be
stored; a resubmitted form, a double click or a second tab find that attempt and show
it instead of grading again. A timed quiz is started by a POST that stores an open
attempt with its deadline (at most one open attempt per learner and quiz).
"""

import random
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from literacy.precompiled import select_rows

from . import conf
from .grading import SubmissionError, grade, ordered_questions, parse_submission
from .models import Attempt, FormAssignment, Quiz
from .review import Review, ReviewPolicy, window_closed
from .signals import attempt_graded
from .submitted import insert_answers, insert_submitted

TOKEN_SALT = "quizzes.form"  # noqa: S105 - a signing namespace, not a secret
TOKEN_MAX_AGE = 60 * 60 * 24 * 7


@dataclass
class FormToken:
    quiz_id: int
    page_id: int | None
    user_id: int
    number: int
    key: str
    seed: int

    def sign(self) -> str:
        return signing.dumps(
            [self.quiz_id, self.page_id, self.user_id, self.number, self.key, self.seed],
            salt=TOKEN_SALT, compress=True,
        )


@dataclass
class Outcome:
    attempt: Attempt
    replayed: bool = False
    same_form: bool = True

    @property
    def attempt_url(self) -> str:
        return reverse("quizzes:attempt", args=[self.attempt.pk])


def read_token(raw: str, *, user, quiz) -> FormToken:
    try:
        values = signing.loads(raw or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
        token = FormToken(*values)
    except (signing.BadSignature, TypeError, ValueError):
        raise SubmissionError(
            [_("This form has expired or was changed. Reload the page and answer again.")]
        ) from None
    if token.quiz_id != quiz.pk or token.user_id != user.pk or token.number < 1:
        raise SubmissionError([_("This form belongs to another quiz or another learner.")])
    return token


def last_attempt(user, quiz) -> Attempt | None:
    return Attempt.objects.filter(user=user, quiz=quiz).order_by("-number").first()


def issue_token(*, user, quiz, page_id, last: Attempt | None) -> FormToken:
    """The token for the form the learner sees now (the open attempt's, or the next)."""
    if last is not None and last.submitted_at is None:
        return FormToken(quiz.pk, page_id, user.pk, last.number, str(last.idempotency_key),
                         last.order_seed)
    number = last.number + 1 if last else 1
    return FormToken(quiz.pk, page_id, user.pk, number, str(uuid.uuid4()),
                     random.SystemRandom().randrange(1, 2**31))


def live_attempts(user_id, quiz) -> int:
    """Attempts recorded by live workshop sessions. They share the numbering (one
    history per learner and quiz) but are not tries at the quiz: they never use up the
    attempts a quiz allows, so they are counted only where there is a limit."""
    if not quiz.attempts_allowed:
        return 0
    return Attempt.objects.filter(user_id=user_id, quiz=quiz, mode=Attempt.Mode.LIVE).count()


def over_limit(user_id, quiz, number: int) -> bool:
    """Would attempt ``number`` go beyond the attempts the quiz allows?"""
    return bool(quiz.attempts_allowed) and (
        number - live_attempts(user_id, quiz) > quiz.attempts_allowed)


def attempts_used(last: Attempt | None, quiz=None, *, live: int | None = None) -> int:
    """Submitted attempts, from the learner's latest one (numbers have no gaps), less
    the live ones where ``quiz`` has a limit (``live``: their count, if loaded already)."""
    if last is None:
        return 0
    used = last.number if last.submitted_at is not None else last.number - 1
    if quiz is None or not quiz.attempts_allowed:
        return used
    return used - (live if live is not None else live_attempts(last.user_id, quiz))


def attempts_left(quiz, used: int) -> int | None:
    """None when unlimited."""
    if not quiz.attempts_allowed:
        return None
    return max(0, quiz.attempts_allowed - used)


def _deadline_passed(attempt: Attempt, now: datetime) -> bool:
    grace = timedelta(seconds=conf.TIME_LIMIT_GRACE_SECONDS)
    return attempt.deadline is not None and now > attempt.deadline + grace


def _close_expired(attempt: Attempt, quiz) -> None:
    """An open attempt whose time ran out counts as submitted with no answers."""
    attempt.submitted_at = attempt.deadline
    attempt.score, attempt.max_score, attempt.passed = 0.0, quiz.max_score, False
    attempt.save(update_fields=["submitted_at", "score", "max_score", "passed"])
    attempt_graded.send(sender=Attempt, attempt=attempt, user=attempt.user, quiz=quiz,
                        passed=False, page_id=attempt.page_id)


def _refuse_closed(user, quiz, now: datetime) -> None:
    """No attempt once the quiz window closed: its answer key may be shown by then.

    Guarded by tests/quizzes/test_review_policy.py::test_submission_after_the_window_closed_is_refused.
    """
    if window_closed(user, quiz, now):
        raise SubmissionError([_("This quiz has closed: answers are no longer accepted.")])


def start_attempt(*, user, quiz, page, now: datetime | None = None) -> Attempt:
    """Open (or find) the learner's attempt at a timed quiz; the clock starts now."""
    now = now or timezone.now()
    _refuse_closed(user, quiz, now)
    with transaction.atomic():
        last = (Attempt.objects.select_for_update().filter(user=user, quiz=quiz)
                .order_by("-number").first())
        if last is not None and last.submitted_at is None:
            if not _deadline_passed(last, now):
                return last
            _close_expired(last, quiz)
        number = last.number + 1 if last else 1
        if over_limit(user.pk, quiz, number):
            raise SubmissionError([_("You have used all the attempts allowed for this quiz.")])
        deadline = now + timedelta(minutes=quiz.time_limit_minutes) \
            if quiz.time_limit_minutes else None
        try:
            with transaction.atomic():
                return Attempt.objects.create(
                    user=user, quiz=quiz, page=page, number=number,
                    idempotency_key=uuid.uuid4(),
                    order_seed=random.SystemRandom().randrange(1, 2**31),
                    language=translation.get_language() or "", started_at=now,
                    deadline=deadline,
                )
        except IntegrityError:
            return Attempt.objects.get(user=user, quiz=quiz, number=number)


def submit(*, user, quiz, page, form: FormToken, data, now: datetime | None = None) -> Outcome:
    """Grade and store one submission, or find the attempt this form already made.

    Raises SubmissionError (nothing stored) for bad answers, a submission after the
    time limit or after the last allowed attempt.
    """
    now = now or timezone.now()
    _refuse_closed(user, quiz, now)
    if form.page_id != (page.pk if page else None):
        raise SubmissionError([_("This form belongs to another lesson.")])
    # In the order the learner saw them, so that "question 3" in an error is their 3rd.
    questions = ordered_questions(quiz, form.seed)
    if not quiz.time_limit_minutes:
        outcome = _submit_new(user=user, quiz=quiz, page=page, form=form, data=data,
                              questions=questions, now=now)
        if outcome is not None:
            return outcome

    with transaction.atomic():
        existing = (Attempt.objects.select_for_update()
                    .filter(user=user, quiz=quiz, number=form.number).first())
        if existing is not None and existing.mode == Attempt.Mode.LIVE:
            # A live session ended while this form was open and took its number: the
            # learner's answers are kept under the next free number, once (the form
            # posted again finds them by its key). Guarded by tests/quizzes/
            # test_resubmission.py::test_a_form_posted_again_after_a_live_session_took_its_number.
            existing = Attempt.objects.filter(user=user, quiz=quiz,
                                              idempotency_key=form.key).first()
            if existing is None:
                last = Attempt.objects.filter(user=user, quiz=quiz).order_by("-number").first()
                form = replace(form, number=last.number + 1)
        # The resubmission check: a form whose attempt is stored is shown that attempt,
        # never graded or stored again. Guarded by
        # tests/quizzes/test_resubmission.py::test_a_form_posted_again_stores_nothing_new.
        if existing is not None and existing.submitted_at is not None:
            return _replayed(existing, form)
        if over_limit(user.pk, quiz, form.number):
            raise SubmissionError([_("You have used all the attempts allowed for this quiz.")])
        if existing is None and quiz.time_limit_minutes:
            raise SubmissionError([_("This quiz has a time limit: start it before answering.")])
        if existing is not None and _deadline_passed(existing, now):
            raise SubmissionError([_("The time allowed for this quiz is over; your answers "
                                     "were not recorded.")])
        graded = grade(questions, parse_submission(questions, data))
        record_assignment(user=user, quiz=quiz)
        fields = {"submitted_at": now, **_result(graded, quiz)}
        if existing is not None:
            attempt = existing
            if not _submit_open(attempt, fields, graded):
                attempt.refresh_from_db()
                return _replayed(attempt, form)
        else:
            try:
                with transaction.atomic():
                    attempt = insert_submitted(Attempt(
                        user=user, quiz=quiz, page=page, number=form.number,
                        idempotency_key=form.key, order_seed=form.seed,
                        language=translation.get_language() or "", started_at=now, **fields,
                    ), graded)
            except IntegrityError:
                # Another request with this number committed first: show that one.
                return _replayed(_winner(user, quiz, form), form)
        attempt_graded.send(sender=Attempt, attempt=attempt, user=user, quiz=quiz,
                            passed=fields["passed"], page_id=page.pk if page else None, page=page)
    return Outcome(attempt)


def _submit_open(attempt: Attempt, fields: dict, graded) -> bool:
    """Store the answers of an open (timed) attempt, unless another request did first.

    The row lock in ``submit`` serialises two submissions on PostgreSQL; where it is not
    taken (SQLite) the update only applies to a still open attempt and a second set of
    answers breaks the (attempt, question) constraint: either way the first answers are
    kept. Guarded by tests/quizzes/test_resubmission.py::
    test_a_submission_that_lost_a_race_keeps_the_first_answers.
    """
    try:
        with transaction.atomic():
            if not Attempt.objects.filter(pk=attempt.pk, submitted_at=None).update(**fields):
                return False
            insert_answers(attempt, graded)
    except IntegrityError:
        return False
    for name, value in fields.items():
        setattr(attempt, name, value)
    return True


def _winner(user, quiz, form: FormToken) -> Attempt:
    """The attempt another request stored under this form's number first.

    None found (the constraint broken was another, e.g. the form's key stored under
    another number) is refused with a message rather than a 500; the learner's answers
    are shown again. Guarded by tests/quizzes/test_resubmission.py::
    test_a_new_attempt_that_lost_a_race_shows_the_winner (and, for None, ::
    test_a_form_posted_again_after_a_live_session_took_its_number without its key lookup).
    """
    winner = Attempt.objects.filter(user=user, quiz=quiz, number=form.number).first()
    if winner is None or winner.submitted_at is None:
        raise SubmissionError([_("These answers could not be recorded: another submission "
                                 "was being stored at the same moment. Reload the page and "
                                 "try again.")])
    return winner


def _replayed(attempt: Attempt, form: FormToken) -> Outcome:
    return Outcome(attempt, replayed=True, same_form=str(attempt.idempotency_key) == form.key)


def _result(graded, quiz) -> dict:
    """The attempt's score, maximum and whether it passed, from its graded answers."""
    score = round(sum(g.points for g in graded), 4)
    max_score = round(sum(g.max_points for g in graded), 4)
    passed = bool(max_score) and 100 * score / max_score >= quiz.pass_mark
    return {"score": score, "max_score": max_score, "passed": passed}


def _submit_new(*, user, quiz, page, form, data, questions, now) -> Outcome | None:
    """The common case in three statements (BEGIN, one INSERT of the attempt and its
    answers, COMMIT; see quizzes.submitted): an untimed quiz and a form that made no
    attempt yet. The unique (user, quiz, number) constraint decides between two racing
    submissions; the loser finds the winner's attempt.

    None sends the submission down the general path in `submit`, which checks in the
    same order as before: a replay first, then the answers, the attempts left, the form.
    """
    if quiz.attempts_allowed and form.number > quiz.attempts_allowed:
        return None  # maybe over the limit: the general path counts (live ones aside)
    try:
        graded = grade(questions, parse_submission(questions, data))
        result = _result(graded, quiz)
        passed = result["passed"]
        with transaction.atomic():
            record_assignment(user=user, quiz=quiz)
            attempt = insert_submitted(Attempt(
                user=user, quiz=quiz, page=page, number=form.number,
                idempotency_key=form.key, order_seed=form.seed,
                language=translation.get_language() or "", started_at=now,
                submitted_at=now, **result,
            ), graded)
            attempt_graded.send(sender=Attempt, attempt=attempt, user=user, quiz=quiz,
                                passed=passed, page_id=page.pk if page else None, page=page)
    except SubmissionError:
        return None
    except IntegrityError:
        winner = Attempt.objects.filter(user=user, quiz=quiz, number=form.number).first()
        if winner is None or winner.submitted_at is None or winner.mode == Attempt.Mode.LIVE:
            # An attempt opened earlier, a live one, or the form stored under another
            # number (see `submit`): the general path decides.
            return None
        return _replayed(winner, form)
    return Outcome(attempt)


def review_for(attempt: Attempt, *, attempts_used: int, now: datetime | None = None) -> Review:
    """What the review policy (``quizzes.review.ReviewPolicy``) lets the learner see of
    ``attempt`` now, after ``attempts_used`` of the quiz's attempts."""
    quiz = attempt.quiz
    return ReviewPolicy(quiz).what_to_show(
        attempt, attempts_left=attempts_left(quiz, attempts_used), now=now)


def _in_series(quiz) -> bool:
    return quiz.kind in (Quiz.Kind.PRETEST, Quiz.Kind.POSTTEST) and bool(quiz.series) \
        and bool(quiz.form)


def _assignments_query(series, user_id):
    """The forms first taken in ``series``: (pre-test form, learners, this learner's)."""
    return (FormAssignment.objects.filter(series=series).values_list("pre_form")
            .annotate(n=Count("id"), mine=Count("id", filter=Q(user_id=user_id))).order_by())


def assigned_quiz(*, user, quiz) -> Quiz:
    """The parallel form this learner takes for a pre- or post-test of a series (no writes).

    A learner with a stored assignment gets their pre-test form before and the other one
    after; a learner without one gets the pre-test form fewer learners got so far (stored
    when they submit, see ``record_assignment``). A quiz outside a series, or a series
    without the sibling form, is itself.
    """
    if not _in_series(quiz):
        return quiz
    # One query: the learner's own assignment and, for one without, the counts so far.
    rows = select_rows(FormAssignment, "quizzes:form-assignments", _assignments_query,
                       [quiz.series, user.pk])
    counts, mine = {"A": 0, "B": 0}, None
    for form, n, own in rows:
        counts[form] = counts.get(form, 0) + n
        mine = form if own else mine
    pre_form = mine or ("A" if counts["A"] <= counts["B"] else "B")
    wanted = pre_form if quiz.kind == Quiz.Kind.PRETEST else ("B" if pre_form == "A" else "A")
    if wanted == quiz.form:
        return quiz
    return Quiz.objects.filter(series=quiz.series, kind=quiz.kind, form=wanted).first() or quiz


def record_assignment(*, user, quiz) -> None:
    """Store the learner's form on their first submission in a series; refuse the wrong form."""
    if not _in_series(quiz):
        return
    pre_form = quiz.form if quiz.kind == Quiz.Kind.PRETEST else ("B" if quiz.form == "A" else "A")
    assignment, _created = FormAssignment.objects.get_or_create(
        user=user, series=quiz.series, defaults={"pre_form": pre_form})
    if assignment.pre_form != pre_form and \
            Quiz.objects.filter(series=quiz.series, kind=quiz.kind).exclude(pk=quiz.pk).exists():
        raise SubmissionError([_("This is not the form of the test assigned to you.")])
