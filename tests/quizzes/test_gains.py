"""Learning gains on hand-computed data."""

import pytest

from quizzes.gains import (
    UNDEFINED_AT_MAX,
    SignalCounts,
    d_prime_and_c,
    group_gains,
    group_mean,
    learner_gain,
    normalised_gain,
    raw_gain,
    series_gains,
    signal_counts,
)


def test_raw_and_normalised_gain():
    assert raw_gain(40, 70) == 30
    assert normalised_gain(40, 70) == pytest.approx(0.5)  # 30 of the 60 points left
    assert normalised_gain(80, 60) == pytest.approx(-1.0)  # lost all 20 points left
    assert normalised_gain(0, 25) == pytest.approx(0.25)


def test_normalised_gain_is_undefined_when_pre_is_the_maximum():
    assert normalised_gain(100, 100) is None
    assert normalised_gain(100, 80) is None
    row = learner_gain(1, 100, 90)
    assert row.normalised is None and row.note == UNDEFINED_AT_MAX and row.raw == -10


def test_d_prime_and_c_with_log_linear_correction():
    # Perfect learner: H = 4.5/5 = 0.9, F = 0.5/5 = 0.1; z(0.9) = 1.28155.
    d, c = d_prime_and_c(SignalCounts(hits=4, misses=0, false_alarms=0, correct_rejections=4))
    assert d == pytest.approx(2.5631, abs=1e-4) and c == pytest.approx(0.0, abs=1e-9)
    # H = 3.5/5 = 0.7, F = 1.5/5 = 0.3; z(0.7) = 0.52440.
    d, c = d_prime_and_c(SignalCounts(hits=3, misses=1, false_alarms=1, correct_rejections=3))
    assert d == pytest.approx(1.0488, abs=1e-4) and c == pytest.approx(0.0, abs=1e-9)
    # A trusting learner: H = 2.5/5 = 0.5 (z = 0), F = 0.1 → d′ = 1.2816, c = +0.6408.
    d, c = d_prime_and_c(SignalCounts(hits=2, misses=2, false_alarms=0, correct_rejections=4))
    assert d == pytest.approx(1.2816, abs=1e-4) and c == pytest.approx(0.6408, abs=1e-4)
    # Distrusting everything: H = 0.9, F = 4.5/5 = 0.9 → no discernment, c = −1.2816.
    d, c = d_prime_and_c(SignalCounts(hits=4, misses=0, false_alarms=4, correct_rejections=0))
    assert d == pytest.approx(0.0, abs=1e-9) and c == pytest.approx(-1.2816, abs=1e-4)


def test_group_mean_has_a_95_percent_interval():
    figure = group_mean([10, 20, 30, 40, 50])
    # mean 30, sd 15.811, se 7.0711, t(4) = 2.776 → ± 19.63
    assert figure.mean == pytest.approx(30)
    assert figure.low == pytest.approx(10.37, abs=0.01)
    assert figure.high == pytest.approx(49.63, abs=0.01)
    assert figure.n == 5 and not figure.suppressed


def test_groups_below_five_learners_are_suppressed():
    figure = group_mean([10, 20, 30, 40])
    assert figure.suppressed and figure.mean is None and figure.n == 4


def test_group_normalised_gain_leaves_out_undefined_learners():
    rows = [learner_gain(i, pre, post) for i, (pre, post) in
            enumerate([(40, 70), (50, 75), (20, 60), (60, 80), (0, 50), (100, 100)])]
    figures = group_gains(rows)
    assert figures["normalised_gain"].n == 5
    assert figures["normalised_gain_undefined"] == 1
    assert figures["normalised_gain"].mean == pytest.approx((0.5 + 0.5 + 0.5 + 0.5 + 0.5) / 5)
    assert figures["raw_gain"].mean == pytest.approx((30 + 25 + 40 + 20 + 50 + 0) / 6)


def test_signal_counts_from_real_fake_and_rate_a_post_answers(quiz):
    questions = list(quiz.canonical_questions())
    by_type = {q.block_type: q for q in questions}
    answers = {by_type["real_or_fake"].id: {"choice": "fake", "confidence": 5},
               by_type["rate_a_post"].id: {"reliability": 6, "confidence": 5, "share": True}}
    # Both items are manipulative: one hit (fake spotted), one miss (trusted the post).
    assert signal_counts(questions, answers) == SignalCounts(hits=1, misses=1)


@pytest.mark.django_db
def test_series_gains_from_stored_attempts(learner, lesson):
    from quizzes.attempts import submit
    from quizzes.demo import create_quiz

    from ..factories import UserFactory
    from .data import QUESTIONS, quiz_data
    from .helpers import answer_fields, as_querydict, token_for

    pre = create_quiz("s-pre-a", quiz_data(kind="pretest", form="A", questions=QUESTIONS[6:8]))
    post = create_quiz("s-post-b", quiz_data(kind="posttest", form="B",
                                             questions=QUESTIONS[6:8]))
    assert pre.series == post.series == "s"
    lesson.place(pre)
    lesson.place(post)
    for index in range(5):
        user = UserFactory()
        for quiz, right in ((pre, index % 2 == 0), (post, True)):
            submit(user=user, quiz=quiz, page=lesson, form=token_for(user, quiz, lesson),
                   data=as_querydict(answer_fields(quiz, right=right)))
    rows = series_gains("s")
    assert len(rows) == 5
    assert sorted(r.pre for r in rows) == [0, 0, 100, 100, 100]
    assert all(r.post == 100 for r in rows)
    figures = group_gains(rows)
    assert figures["raw_gain"].mean == pytest.approx(40)
    assert figures["normalised_gain"].suppressed  # only 2 learners had room to gain
