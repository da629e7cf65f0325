"""Bad input: a clear translated error and nothing stored (each case a test)."""

import json

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from quizzes.demo import create_quiz
from quizzes.grading import item_ids
from quizzes.models import Answer, Attempt, H5PResult, H5PUserData

from .data import quiz_data
from .helpers import post_data


@pytest.fixture
def placed(quiz, lesson, client, learner):
    lesson.place(quiz)
    client.force_login(learner)
    return quiz


def _post(client, quiz, data):
    return client.post(reverse("quizzes:submit", args=[quiz.pk]), data)


def _question(quiz, kind):
    return next(q for q in quiz.canonical_questions() if q.block_type == kind)


def assert_refused(response, *fragments, status=400):
    body = response.content.decode()
    assert response.status_code == status, body[:500]
    assert 'class="quiz__errors"' in body
    for fragment in fragments:
        assert fragment in body, fragment
    assert Attempt.objects.count() == 0
    assert Answer.objects.count() == 0


def test_option_of_another_question_is_refused(client, placed, lesson, learner):
    single = _question(placed, "single_choice")
    multiple = _question(placed, "multiple_response")
    data = post_data(learner, placed, lesson)
    data[f"q.{single.id}"] = [item_ids(multiple.value, "options")[0]]
    assert_refused(_post(client, placed, data), "السؤال 1", "ليست من خيارات")


def test_option_of_another_quiz_is_refused(client, placed, lesson, learner):
    other = create_quiz("other", quiz_data())
    data = post_data(learner, placed, lesson)
    single = _question(placed, "single_choice")
    data[f"q.{single.id}"] = [item_ids(_question(other, "single_choice").value, "options")[0]]
    assert_refused(_post(client, placed, data), "ليست من خيارات")


def test_question_of_another_quiz_is_refused(client, placed, lesson, learner):
    other = create_quiz("other", quiz_data())
    data = post_data(learner, placed, lesson)
    data[f"q.{_question(other, 'true_false').id}"] = ["true"]
    assert_refused(_post(client, placed, data), "ليس في هذا الاختبار")


def test_unknown_question_id_is_refused(client, placed, lesson, learner):
    data = post_data(learner, placed, lesson, **{"q.does-not-exist": ["x"]})
    assert_refused(_post(client, placed, data), "ليس في هذا الاختبار")


def test_missing_answers_are_named(client, placed, lesson, learner):
    data = post_data(learner, placed, lesson)
    del data[f"q.{_question(placed, 'true_false').id}"]
    del data[f"q.{_question(placed, 'short_text').id}"]
    response = _post(client, placed, data)
    assert_refused(response, "السؤال 3", "السؤال 6", "أجب عن هذا السؤال")
    # The learner's other answers are kept in the form shown again, the two marked.
    assert "checked" in response.content.decode()
    assert response.content.decode().count("question--invalid") == 2


def test_duplicated_field_is_refused(client, placed, lesson, learner):
    single = _question(placed, "single_choice")
    data = post_data(learner, placed, lesson)
    data[f"q.{single.id}"] = item_ids(single.value, "options")[:2]
    assert_refused(_post(client, placed, data), "أكثر من مرة")


def test_duplicated_choice_in_multiple_response_is_refused(client, placed, lesson, learner):
    multiple = _question(placed, "multiple_response")
    data = post_data(learner, placed, lesson)
    first = item_ids(multiple.value, "options")[0]
    data[f"q.{multiple.id}"] = [first, first]
    assert_refused(_post(client, placed, data), "أكثر من مرة")


@pytest.mark.parametrize("rating", ["0", "8", "-1", "سبعة", "3.5"])
def test_out_of_range_rating_is_refused(client, placed, lesson, learner, rating):
    question = _question(placed, "rate_a_post")
    data = post_data(learner, placed, lesson)
    data[f"q.{question.id}.reliability"] = [rating]
    assert_refused(_post(client, placed, data), "بين 1 و7")


def test_ordering_positions_must_differ(client, placed, lesson, learner):
    question = _question(placed, "ordering")
    data = post_data(learner, placed, lesson)
    for item in item_ids(question.value, "items"):
        data[f"q.{question.id}.{item}"] = ["1"]
    assert_refused(_post(client, placed, data), "ترتيبًا مختلفًا")


def test_oversized_payload_is_refused(client, placed, lesson, learner):
    data = post_data(learner, placed, lesson)
    data[f"q.{_question(placed, 'short_text').id}"] = ["ا" * 70_000]
    assert_refused(_post(client, placed, data), "كبيرة", status=413)


def test_overlong_short_answer_is_refused(client, placed, lesson, learner):
    data = post_data(learner, placed, lesson)
    data[f"q.{_question(placed, 'short_text').id}"] = ["ا" * 500]
    assert_refused(_post(client, placed, data), "طويلة")


def test_tampered_or_foreign_token_is_refused(client, placed, lesson, learner):
    from ..factories import UserFactory

    data = post_data(learner, placed, lesson)
    assert_refused(_post(client, placed, {**data, "token": data["token"][:-2] + "xx"}),
                   "انتهت صلاحية")
    other = post_data(UserFactory(), placed, lesson)
    assert_refused(_post(client, placed, {**data, "token": other["token"]}), "متعلم آخر")


def test_quiz_on_an_unpublished_page_is_not_found(client, placed, lesson, learner):
    data = post_data(learner, placed, lesson)
    lesson.live = False
    lesson.save()
    assert _post(client, placed, data).status_code == 404
    assert Attempt.objects.count() == 0 and Answer.objects.count() == 0


def test_quiz_on_a_page_the_learner_cannot_see_is_not_found(client, placed, lesson, learner):
    data = post_data(learner, placed, lesson)
    PageViewRestriction.objects.create(page=lesson, restriction_type="password",
                                       password="secret")  # noqa: S106
    assert _post(client, placed, data).status_code == 404
    assert Attempt.objects.count() == 0


def test_access_hook_saying_no_hides_the_quiz(client, placed, lesson, learner):
    from wagtail import hooks

    data = post_data(learner, placed, lesson)
    with hooks.register_temporarily("basira_activity_access", lambda request, page: False):
        assert _post(client, placed, data).status_code == 404
    assert Attempt.objects.count() == 0


def test_quiz_not_placed_on_the_page_is_not_found(client, quiz, home_page, learner):
    client.force_login(learner)
    data = post_data(learner, quiz, home_page)
    assert _post(client, quiz, data).status_code == 404
    assert Attempt.objects.count() == 0


def test_anonymous_submission_goes_to_sign_in(placed, lesson, learner):
    from django.test import Client

    response = Client().post(reverse("quizzes:submit", args=[placed.pk]),
                             post_data(learner, placed, lesson))
    assert response.status_code == 302 and "next=" in response.url
    assert Attempt.objects.count() == 0


def test_get_never_submits(client, placed):
    response = client.get(reverse("quizzes:submit", args=[placed.pk]))
    assert response.status_code == 405


def test_error_numbers_follow_the_shuffled_order_the_learner_saw(client, placed, lesson,
                                                                  learner):
    from quizzes.attempts import read_token
    from quizzes.grading import ordered_questions

    placed.shuffle_questions = True
    placed.save()
    data = post_data(learner, placed, lesson)
    seed = read_token(data["token"], user=learner, quiz=placed).seed
    first_seen = ordered_questions(placed, seed)[0]
    for name in [n for n in data if n.startswith(f"q.{first_seen.id}")]:
        del data[name]
    assert_refused(_post(client, placed, data), "السؤال 1:")


# Parameters the views read themselves: a 400 (or a 404 for an id of nothing), never
# a 500, and nothing stored.

def _start(client, quiz, page, language="ar"):
    return client.post(f"/{language}/quizzes/{quiz.pk}/start/", {"page": page})


@pytest.mark.parametrize("page", ["abc", "", "1.5", " 7", "٧", "-1", "0x10", "1\x00"])
def test_start_with_a_page_that_is_not_a_number_is_a_400(client, placed, lesson, page):
    assert_refused(_start(client, placed, page), "لم يُرسَل الدرس")
    response = _start(client, placed, "abc", language="en")
    assert response.status_code == 400
    assert "the lesson it belongs to was not sent correctly" in response.content.decode()


def test_start_without_a_page_is_a_400(client, placed):
    response = client.post(reverse("quizzes:start", args=[placed.pk]))
    assert_refused(response, "لم يُرسَل الدرس")


def test_ids_of_nothing_are_not_found_however_large(client, placed, lesson):
    huge = "9" * 30
    assert _start(client, placed, huge).status_code == 404
    assert client.post(f"/ar/quizzes/{huge}/start/", {"page": lesson.pk}).status_code == 404
    assert client.get(f"/ar/quizzes/attempts/{huge}/").status_code == 404
    assert Attempt.objects.count() == 0


class _NulWatch(list):
    """The SQL of every query that carried a NUL, raw or JSON-escaped (PostgreSQL
    refuses both in text and jsonb: a 500 there, silently stored on SQLite)."""

    def __call__(self, execute, sql, params, many, context):
        rows = params if many else [params]
        for row in rows or ():
            values = row.values() if isinstance(row, dict) else row or ()
            if any(isinstance(v, str) and ("\x00" in v or "\\u0000" in v) for v in values):
                self.append(sql)
        return execute(sql, params, many, context)


@pytest.fixture
def nul_watch():
    from django.db import connection

    watch = _NulWatch()
    with connection.execute_wrapper(watch):
        yield watch


def test_nul_in_a_short_answer_is_refused_and_the_answers_kept(client, placed, lesson,
                                                              learner, nul_watch):
    question = _question(placed, "short_text")
    data = post_data(learner, placed, lesson)
    data[f"q.{question.id}"] = ["القراءة\x00الجانبية"]
    response = _post(client, placed, data)
    assert_refused(response, "السؤال 6", "محرف غير مسموح به")
    assert "checked" in response.content.decode()  # the other answers are shown again
    assert nul_watch == []


def test_nul_bytes_never_reach_the_database(client, placed, lesson, learner, nul_watch,
                                            package, activity_for):
    """Every free-text parameter of the quiz views, with a NUL: refused before a query."""
    from tests.quizzes.test_h5p_results import statement

    assert _start(client, placed, f"{lesson.pk}\x00").status_code == 400
    assert client.post(reverse("quizzes:live_enter"),
                       {"code": "AB\x00CD", "group_code": "X\x00"}).status_code == 400
    play, result = activity_for(learner, package)
    h5p = {"HTTP_HOST": "localhost"}
    state = reverse("quizzes_h5p:state", args=[play, "state", "0"])
    response = client.post(state, {"data": '{"answer": "\x00"}'}, **h5p)
    assert response.status_code == 400 and response.json()["success"] is False
    for data_type, sub_content_id in (("state\x00", "0"), ("state", "0\x00")):
        url = reverse("quizzes_h5p:state", args=[play, data_type, sub_content_id])
        assert client.post(url, {"data": "{}"}, **h5p).status_code == 404
        assert client.get(url, **h5p).status_code == 404
    library = reverse("quizzes_h5p:library", args=["H5P.True\x00False-1.6", "library.json"])
    assert client.get(library, **h5p).status_code == 404
    said = statement(package)
    said["result"]["response"] = "false\x00"
    response = client.post(reverse("quizzes_h5p:results"), content_type="application/json",
                           data=json.dumps({"activity": result, "statement": said}))
    assert response.status_code == 400 and response.json()["recorded"] is False
    assert nul_watch == []
    assert not H5PUserData.objects.exists() and not H5PResult.objects.exists()


@pytest.mark.parametrize("folder", ["H5P.TrueFalse-².6", "H5P.TrueFalse-1.²",
                                    "H5P.TrueFalse-x.6", "H5P.TrueFalse-1.6.0"])
def test_h5p_library_versions_that_are_not_numbers_are_not_found(client, package, folder):
    url = reverse("quizzes_h5p:library", args=[folder, "library.json"])
    assert client.get(url, HTTP_HOST="localhost").status_code == 404
