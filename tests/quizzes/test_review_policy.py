"""The review policy keeps a graded quiz's answer key until no retake can use it.

Every registered question type is checked on the learner's report page (the no-JS review)
and in the quiz block (the lesson fragment with the last result): after a non-final attempt
neither the right answer, nor the feedback, nor an explanation not marked safe appears;
after the last attempt, or once the window closed, they do when the editor chose so.
A new question type fails here until it says what its key looks like (KEY_MARKERS).
"""

import copy
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from quizzes.blocks import QuestionStreamBlock
from quizzes.demo import create_quiz
from quizzes.models import Attempt, Quiz

from .data import EVERY_TYPE, T, quiz_data
from .helpers import post_data
from .test_taking import render_block

RIGHT_LABEL = "Right answer"


def _same(text):
    return T(text, text)


def _choice(q, n, right_options):
    q["options"] = [{"text": _same(f"RIGHT-{n}-{i}"), "correct": True,
                     "feedback": _same(f"FEEDBACK-RIGHT-{n}-{i}")} for i in range(right_options)]
    q["options"].append({"text": _same(f"WRONG-{n}"), "correct": False,
                         "feedback": _same(f"FEEDBACK-WRONG-{n}")})
    return [*(f"RIGHT-{n}-{i}" for i in range(right_options)), f"FEEDBACK-WRONG-{n}"]


def _true_false(q, n):
    q.update(answer=True, feedback_true=_same(f"FEEDBACK-T-{n}"),
             feedback_false=_same(f"FEEDBACK-F-{n}"))
    return [f"FEEDBACK-F-{n}", RIGHT_LABEL]


def _ordering(q, n):
    q["items"] = [_same(f"ITEM-{n}-{i}") for i in range(3)]
    return [RIGHT_LABEL]


def _matching(q, n):
    q["pairs"] = [[_same(f"LEFT-{n}-{i}"), _same(f"RIGHTSIDE-{n}-{i}")] for i in range(3)]
    return [f"LEFT-{n}-0 ← RIGHTSIDE-{n}-0", RIGHT_LABEL]


def _short_text(q, n):
    q["answers"] = [_same(f"ACCEPTED-{n}")]
    return [f"ACCEPTED-{n}", RIGHT_LABEL]


def _rate_a_post(q, n):
    q.update(reliable=False, technique="emotional_language")
    return ["Manipulative", RIGHT_LABEL]


def _real_or_fake(q, n):
    q["real"] = False
    return [RIGHT_LABEL]


def _spot(q, n):
    q["technique"] = "emotional_language"
    return ["Emotional language", RIGHT_LABEL]


def _phishing(q, n):
    q.update(phishing=True, signs=[_same(f"SIGN-{n}")])
    return [f"SIGN-{n}", RIGHT_LABEL]


def _feed(q, n):
    for i, post in enumerate(q["posts"]):
        post["explanation"] = _same(f"POST-WHY-{n}-{i}")
    return [*(f"POST-WHY-{n}-{i}" for i in range(len(q["posts"]))), "Your discernment",
            "manipulated (Emotional language)", RIGHT_LABEL]


# What gives each type's answer away in a review, once the learner answered it wrongly
# (tests/quizzes/helpers.answer_fields): set on a copy of the type's question in data.py.
KEY_MARKERS = {
    "single_choice": lambda q, n: _choice(q, n, 1),
    "multiple_response": lambda q, n: _choice(q, n, 2),
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
    "short_text": _short_text,
    "rate_a_post": _rate_a_post,
    "real_or_fake": _real_or_fake,
    "spot_the_technique": _spot,
    "phishing_or_legitimate": _phishing,
    "simulated_feed": _feed,
}
TYPES = list(QuestionStreamBlock.base_blocks)


def _quiz(qtype, **settings):
    """A quiz of two ``qtype`` questions: the first explanation safe, the second not.
    Returns the quiz and the strings that only its key shows."""
    assert qtype in KEY_MARKERS, f"say what the key of {qtype!r} questions looks like"
    questions, markers = [], ["KEY-WHY"]
    for n, safe in enumerate((True, False)):
        q = copy.deepcopy(next(q for q in EVERY_TYPE if q["type"] == qtype))
        markers += KEY_MARKERS[qtype](q, n)
        q["explanation"] = _same("SAFE-WHY" if safe else "KEY-WHY")
        q["explanation_safe"] = safe
        questions.append(q)
    data = quiz_data(questions=questions, **{"attempts_allowed": 3, **settings})
    return create_quiz(f"review-{qtype}", data), sorted(set(markers))


def _submit_wrong(client, learner, quiz, lesson) -> str:
    response = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                           post_data(learner, quiz, lesson, right=False))
    assert response.status_code == 302, response.content.decode()[:500]
    return response.url


def _report(client, url):
    with translation.override("en"):
        response = client.get("/en" + url[3:])
    assert response.status_code == 200
    return response, response.content.decode()


@pytest.fixture
def taking(client, lesson, learner):
    client.force_login(learner)

    def take(qtype, **settings):
        quiz, markers = _quiz(qtype, **settings)
        lesson.place(quiz)
        return quiz, markers
    return take


def _assert_no_key(response, html, markers):
    for marker in markers:
        assert marker not in html, marker
    assert "SAFE-WHY" in html  # the explanation the editor marked safe
    assert "review__verdict--wrong" in html  # which questions were wrong
    for item in response.context["items"]:
        assert not item["right"] and not item["feedback"] and not item["signs"]


@pytest.mark.parametrize("kind", TYPES)
def test_key_hidden_while_attempts_left(taking, client, lesson, learner, kind):
    quiz, markers = taking(kind)
    assert quiz.review_key_when == Quiz.ReviewWhen.AFTER_LAST_ATTEMPT  # the default
    for _attempt in range(2):  # attempts 1 and 2 of 3
        response, html = _report(client, _submit_wrong(client, learner, quiz, lesson))
        _assert_no_key(response, html, markers)


@pytest.mark.parametrize("kind", TYPES)
def test_key_hidden_in_the_block_while_attempts_left(taking, client, lesson, learner, kind):
    quiz, markers = taking(kind)
    with translation.override("en"):
        form = render_block(quiz, lesson, learner)
        _submit_wrong(client, learner, quiz, lesson)
        block = render_block(quiz, lesson, learner)
    assert "question--" in block  # the form for the retake
    # Whatever the form shows anyway (option texts, items) is not a secret of the block.
    for marker in markers:
        if marker not in form:
            assert marker not in block, marker


@pytest.mark.parametrize("kind", TYPES)
def test_key_shown_after_the_last_attempt(taking, client, lesson, learner, kind):
    quiz, markers = taking(kind, attempts_allowed=2)
    first = _submit_wrong(client, learner, quiz, lesson)
    last = _submit_wrong(client, learner, quiz, lesson)
    _response, html = _report(client, last)
    for marker in markers:
        assert marker in html, marker
    _response, html = _report(client, first)  # the earlier attempt's report too
    assert "KEY-WHY" in html and RIGHT_LABEL in html


@pytest.mark.parametrize("kind", TYPES)
def test_key_shown_after_close(taking, client, lesson, learner, kind):
    closes = timezone.now() + timedelta(days=1)
    quiz, markers = taking(kind, attempts_allowed=0)
    Quiz.objects.filter(pk=quiz.pk).update(review_key_when=Quiz.ReviewWhen.AFTER_CLOSE,
                                           closes_at=closes)
    quiz.refresh_from_db()
    url = _submit_wrong(client, learner, quiz, lesson)
    response, html = _report(client, url)
    _assert_no_key(response, html, markers)
    Quiz.objects.filter(pk=quiz.pk).update(closes_at=timezone.now() - timedelta(seconds=1))
    _response, html = _report(client, url)
    for marker in markers:
        assert marker in html, marker


@pytest.mark.parametrize("kind", [Quiz.Kind.GRADED, Quiz.Kind.PRETEST, Quiz.Kind.POSTTEST])
def test_graded_key_never_shown_while_open_whatever_chosen(taking, client, lesson, learner,
                                                           kind):
    quiz, markers = taking("single_choice", kind=kind, attempts_allowed=0)
    Quiz.objects.filter(pk=quiz.pk).update(review_key_when=Quiz.ReviewWhen.IMMEDIATELY)
    response, html = _report(client, _submit_wrong(client, learner, quiz, lesson))
    _assert_no_key(response, html, markers)


def test_practice_quiz_may_show_its_key_at_once(taking, client, lesson, learner):
    quiz, markers = taking("single_choice", kind="practice", attempts_allowed=0)
    assert quiz.review_key_when == Quiz.ReviewWhen.IMMEDIATELY  # the practice default
    _response, html = _report(client, _submit_wrong(client, learner, quiz, lesson))
    for marker in markers:
        assert marker in html, marker


def test_editor_may_keep_the_key_after_the_last_attempt(taking, client, lesson, learner):
    quiz, markers = taking("short_text", attempts_allowed=1)
    Quiz.objects.filter(pk=quiz.pk).update(review_key_when=Quiz.ReviewWhen.NEVER)
    response, html = _report(client, _submit_wrong(client, learner, quiz, lesson))
    _assert_no_key(response, html, markers)


def test_passing_does_not_open_the_key_while_a_retake_could_raise_the_grade(
        taking, client, lesson, learner):
    quiz, _markers = taking("single_choice")
    response = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                           post_data(learner, quiz, lesson, right=True))
    assert Attempt.objects.get().passed
    _response, html = _report(client, response.url)
    assert "KEY-WHY" not in html and RIGHT_LABEL not in html
    assert "FEEDBACK-RIGHT-0-0" not in html and "SAFE-WHY" in html


def test_new_graded_quiz_defaults_to_the_safe_review(db):
    assert Quiz().review_key_when == Quiz.ReviewWhen.AFTER_LAST_ATTEMPT
    graded = create_quiz("default-graded", quiz_data(kind="graded"))
    practice = create_quiz("default-practice", quiz_data(kind="practice"))
    assert graded.review_key_when == Quiz.ReviewWhen.AFTER_LAST_ATTEMPT
    assert practice.review_key_when == Quiz.ReviewWhen.IMMEDIATELY
    block = QuestionStreamBlock().child_blocks["single_choice"]
    assert block.child_blocks["explanation_safe"].get_default() is False


def test_demo_final_quizzes_keep_their_key(db):
    from courses.demo import quiz_bank

    finals = {key: data for key, data in quiz_bank().items() if data["kind"] == "graded"}
    assert finals
    for key, data in finals.items():
        quiz = create_quiz(data | {"key": key})
        assert quiz.review_key_when == Quiz.ReviewWhen.AFTER_LAST_ATTEMPT, key


def test_submission_after_the_window_closed_is_refused(taking, client, lesson, learner):
    quiz, _markers = taking("true_false", attempts_allowed=0)
    data = post_data(learner, quiz, lesson, right=False)
    Quiz.objects.filter(pk=quiz.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    response = client.post(reverse("quizzes:submit", args=[quiz.pk]), data)
    assert response.status_code == 400
    assert not Attempt.objects.exists()
    Quiz.objects.filter(pk=quiz.pk).update(time_limit_minutes=10)
    client.post(reverse("quizzes:start", args=[quiz.pk]), {"page": lesson.pk})
    assert not Attempt.objects.exists()


def test_the_migration_keeps_practice_keys_and_makes_graded_ones_safe(db):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("quizzes.migrations.0003_review_key_policy")
    practice = create_quiz("old-practice", quiz_data(kind="practice"))
    graded = create_quiz("old-graded", quiz_data(kind="graded"))
    # As the new column leaves every existing quiz: the safe default.
    Quiz.objects.update(review_key_when=Quiz.ReviewWhen.AFTER_LAST_ATTEMPT)
    migration.practice_keeps_its_key(apps, None)
    practice.refresh_from_db()
    graded.refresh_from_db()
    assert practice.review_key_when == Quiz.ReviewWhen.IMMEDIATELY
    assert graded.review_key_when == Quiz.ReviewWhen.AFTER_LAST_ATTEMPT
