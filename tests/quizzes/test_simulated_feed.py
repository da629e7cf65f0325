# ruff: noqa: F811 - the room fixture is imported
"""The simulated feed (quizzes/question_types/simulated_feed.py): parsing and grading,
signal detection per post, a live session, a no-JS submission, the review policy and
the escaping of what authors write."""

import copy
import json
import math

import pytest
from django.urls import reverse
from django.utils import translation

from quizzes.demo import create_quiz
from quizzes.gains import SignalCounts, d_prime_and_c, series_gains, signal_counts
from quizzes.grading import SubmissionError, grade, parse_submission
from quizzes.live import services, state
from quizzes.models import Answer, Attempt
from quizzes.question_types.simulated_feed import credit, discernment
from tests.html import without_styles

from ..factories import UserFactory
from .data import FEED_QUESTION, T, quiz_data
from .helpers import answer_fields, as_querydict, post_data, token_for
from .live_helpers import room  # noqa: F401
from .test_taking import render_block

pytestmark = pytest.mark.django_db

FEED = FEED_QUESTION


def _quiz(key="feed", question=None, **overrides):
    return create_quiz(key, quiz_data(questions=[question or FEED], **overrides))


def _posts(quiz):
    question = quiz.canonical_questions()[0]
    return question, [(p.id, bool(p.value["real"])) for p in question.value["posts"].bound_blocks]


def _fields(question, decisions):
    return {f"q.{question.id}.{pid}": [d] for pid, d in decisions.items()}


def _graded(quiz, decisions):
    question = quiz.canonical_questions()[0]
    responses = parse_submission([question], as_querydict(_fields(question, decisions)))
    return responses[question.id], grade([question], responses)[0]


# --- parse and grade ------------------------------------------------------------------


def test_every_post_is_judged_and_graded_on_its_own():
    quiz = _quiz()
    _q, posts = _posts(quiz)
    right = {pid: "share" if real else "report" for pid, real in posts}
    response, graded = _graded(quiz, right)
    assert response == {"decisions": right}
    assert graded.correct and graded.points == 1
    # Sharing everything: the real half right, the manipulated half wrong.
    _r, graded = _graded(quiz, {pid: "share" for pid, _real in posts})
    assert not graded.correct and graded.points == 0.5
    # Checking every source is never wrong but never a judgement: half the points.
    _r, graded = _graded(quiz, {pid: "check" for pid, _real in posts})
    assert graded.points == 0.5
    # Reporting a real post is wrong; not sharing a manipulated one is right.
    assert credit("report", real=True) == 0 and credit("dont_share", real=False) == 1


@pytest.mark.parametrize("change, message", [
    (lambda f, ids: f.pop(next(iter(f))), "choose what you would do with post 1."),
    (lambda f, ids: f.update({next(iter(f)): ["like"]}), "not one of its options"),
    (lambda f, ids: f.update({next(iter(f)): ["share", "report"]}), "more than once"),
    (lambda f, ids: f.update({f"q.{ids[0]}": ["share"]}), "does not have"),
    (lambda f, ids: f.update({f"q.{ids[0]}.nopost": ["share"]}), "does not have"),
])
def test_bad_answers_are_refused_with_a_clear_error(change, message):
    quiz = _quiz()
    question, posts = _posts(quiz)
    fields = _fields(question, {pid: "share" for pid, _real in posts})
    change(fields, [question.id])
    with translation.override("en"), pytest.raises(SubmissionError) as info:
        parse_submission([question], as_querydict(fields))
    assert message in " ".join(info.value.messages)


def test_discernment_is_the_share_rate_of_real_minus_manipulated_posts():
    posts = [("a", {"real": True}), ("b", {"real": True}), ("c", {"real": False}),
             ("d", {"real": False})]
    assert discernment(posts, {"a": "share", "b": "share", "c": "report", "d": "check"}) == 1
    assert discernment(posts, {"a": "share", "b": "check", "c": "share", "d": "report"}) == 0
    assert discernment(posts, {"a": "share"}) is None  # not every post answered
    assert discernment(posts[:2], {"a": "share", "b": "share"}) is None  # no manipulated


# --- signal detection ------------------------------------------------------------------


def test_signal_detection_counts_each_post_by_its_share_decision():
    """A hit: not sharing a manipulated post (whatever else was chosen); a false alarm:
    not sharing a real one."""
    quiz = _quiz()
    question, posts = _posts(quiz)
    real = [pid for pid, r in posts if r]
    fake = [pid for pid, r in posts if not r]
    decisions = {real[0]: "share", real[1]: "check", fake[0]: "report", fake[1]: "share"}
    counts = signal_counts([question], {question.id: {"decisions": decisions}})
    assert counts == SignalCounts(hits=1, misses=1, false_alarms=1, correct_rejections=1)
    d, c = d_prime_and_c(counts)
    assert d == pytest.approx(0) and c == pytest.approx(0)


def test_pre_post_gains_give_d_prime_and_c_from_share_decisions(lesson):
    from quizzes.attempts import submit

    pre = create_quiz("feed-pre-a", quiz_data(kind="pretest", form="A", questions=[FEED]))
    post = create_quiz("feed-post-b", quiz_data(kind="posttest", form="B", questions=[FEED]))
    for quiz in (pre, post):
        lesson.place(quiz)
    user = UserFactory()
    for quiz, right in ((pre, False), (post, True)):
        submit(user=user, quiz=quiz, page=lesson, form=token_for(user, quiz, lesson),
               data=as_querydict(answer_fields(quiz, right=right)))
    [row] = series_gains("feed")
    assert (row.pre, row.post) == (0, 100)
    # Pre: every real post reported, every manipulated one shared (2 + 2 posts).
    z = d_prime_and_c(SignalCounts(hits=0, misses=2, false_alarms=2, correct_rejections=0))
    assert (row.d_prime_pre, row.c_pre) == pytest.approx(z)
    assert row.d_prime_post > 1.5 > -1.5 > row.d_prime_pre
    assert math.isclose(row.c_post, 0, abs_tol=1e-9)


# --- live workshops ----------------------------------------------------------------------


def test_a_live_session_asks_which_posts_one_would_share(room):
    host, learners = UserFactory(username="host"), [UserFactory() for _n in range(2)]
    room.hosts.add(host.pk)
    room.members.update(u.pk for u in learners)
    quiz = _quiz("feed-live", kind="practice")
    session = services.start_session(quiz=quiz, host=host, audience_key="room:1")
    for user in learners:
        services.join(session=session, user=user)
    session = services.command(session_id=session.pk, user=host, action="next")
    question, posts = _posts(quiz)
    real = sorted(pid for pid, r in posts if r)
    public = state.presenter_state(session)["question"]
    seen = json.dumps(public, ensure_ascii=False)
    assert len(public["feed"]) == 4 and public["multiple"]
    assert [b["value"] for b in public["buttons"]] == [pid for pid, _r in posts] + ["none"]
    for secret in ("real", "technique", "استعجال وطلب مشاركة", "emotional_language"):
        assert secret not in seen, secret
    with pytest.raises(services.LiveError):
        services.submit_answer(session=session, user=learners[0], question_id=question.id,
                               value=["none", real[0]])
    services.submit_answer(session=session, user=learners[0], question_id=question.id,
                           value=list(reversed(real)))
    services.submit_answer(session=session, user=learners[1], question_id=question.id,
                           value=["none"])
    revealed = services.command(session_id=session.pk, user=host, action="reveal")
    mine = state.learner_state(revealed, user=learners[0],
                               mine=services.my_answers(revealed, learners[0]))
    assert mine["reveal"]["correct"] is True and sorted(mine["reveal"]["right"]) == real
    bars = state.presenter_state(revealed)["reveal"]["series"][0]["bars"]
    assert [b["count"] for b in bars] == [int(pid in real) for pid, _r in posts] + [1]
    services.command(session_id=session.pk, user=host, action="end")
    attempt = Attempt.objects.get(user=learners[1], mode="live")
    answer = attempt.answers.get()
    assert answer.points == 0.5 and not answer.correct  # real posts held back
    assert set(answer.response["decisions"].values()) == {"dont_share"}


# --- the learner's form, without JavaScript ------------------------------------------------


def test_a_plain_form_submits_one_radio_group_per_post(client, lesson, learner):
    quiz = _quiz("feed-nojs", kind="practice")
    lesson.place(quiz)
    client.force_login(learner)
    html = render_block(quiz, lesson, learner)
    question, posts = _posts(quiz)
    for pid, _real in posts:
        assert html.count(f'name="q.{question.id}.{pid}"') == 4
    data = post_data(learner, quiz, lesson, right=True)
    wrong_first = dict(data)
    wrong_first.pop(f"q.{question.id}.{posts[0][0]}")
    response = client.post(reverse("quizzes:submit", args=[quiz.pk]), wrong_first)
    assert response.status_code == 400
    page = without_styles(response.content)
    assert "اختر ما ستفعله بالمنشور 1." in page
    # What the learner chose for the other posts is still ticked.
    assert page.count("checked") == len(posts) - 1
    assert not Attempt.objects.filter(user=learner, submitted_at__isnull=False).exists()
    response = client.post(reverse("quizzes:submit", args=[quiz.pk]), data)
    assert response.status_code == 302
    report = client.get(response.url).content.decode()
    assert "اختيارك:" in report and "أُبلِغ عنه" in report
    assert "قبل ساعتين" in report  # the post's time, in Arabic words and digits
    assert Answer.objects.get(attempt__user=learner).correct


def test_the_key_and_post_explanations_wait_for_the_review_policy(client, lesson, learner):
    quiz = _quiz("feed-policy", kind="graded", attempts_allowed=2)
    lesson.place(quiz)
    client.force_login(learner)
    url = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                      post_data(learner, quiz, lesson, right=False)).url
    report = client.get(url).content.decode()
    assert "اختيارك:" in report  # the learner's own choices are theirs to see
    for key in ("استعجال وطلب مشاركة", "الحساب ينتحل اسم الوزارة", "مُتلاعَب به",
                "قدرتك على التمييز"):
        assert key not in report, key
    url = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                      post_data(learner, quiz, lesson, right=False)).url
    report = client.get(url).content.decode()
    for key in ("استعجال وطلب مشاركة", "الحساب ينتحل اسم الوزارة", "مُتلاعَب به",
                "قدرتك على التمييز"):
        assert key in report, key


# --- escaping ----------------------------------------------------------------------------

POISON = '<script>alert("feed")</script>'


def test_author_text_is_escaped_in_the_form_the_review_and_live(client, lesson, learner):
    """Guards the feed templates (includes/feed.html, post_card.html) and live.js, which
    writes text only (textContent)."""
    question = copy.deepcopy(FEED)
    post = question["posts"][0]
    post["post"] = {**post["post"], "display_name": T(POISON, POISON),
                    "text": T(POISON, POISON)}
    post["explanation"] = T(POISON, POISON)
    quiz = _quiz("feed-xss", question=question, kind="practice")
    lesson.place(quiz)
    client.force_login(learner)
    form = render_block(quiz, lesson, learner)
    url = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                      post_data(learner, quiz, lesson)).url
    report = client.get(url).content.decode()
    for html in (form, report):
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&quot;feed&quot;)&lt;/script&gt;" in html
    assert report.count("&lt;script&gt;") >= 3  # name, text and the post's explanation
    live = open("quizzes/static/quizzes/js/live.js", encoding="utf-8").read()
    feed_js = live.split("function renderFeed", 1)[1].split("function screen", 1)[0]
    assert "innerHTML" not in feed_js
