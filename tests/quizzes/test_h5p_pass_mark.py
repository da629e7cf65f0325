"""Passed means passed: the activity's own verdict or the editor's pass mark, and the answers
to parts of compound content never overwrite the activity's result."""

import json

import pytest
from django.core.files.base import ContentFile

from quizzes.h5p.results import direct_parts, record_result
from quizzes.h5p.storage import h5p_storage
from quizzes.models import H5PResult
from quizzes.signals import h5p_result_recorded

from .test_h5p_results import statement

pytestmark = pytest.mark.django_db

COLUMN = {"content": [
    {"content": {"library": "H5P.MultiChoice 1.14", "subContentId": "q1", "params": {}}},
    {"content": {"library": "H5P.TrueFalse 1.6", "subContentId": "q2", "params": {
        "nested": {"library": "H5P.Image 1.1", "subContentId": "img", "params": {}}}}},
]}


@pytest.fixture
def received():
    calls = []

    def listener(sender, **kwargs):
        calls.append(kwargs)

    h5p_result_recorded.connect(listener)
    yield calls
    h5p_result_recorded.disconnect(listener)


def record(user, package, data):
    return record_result(user=user, package=package, statement=data, page_id=None)


def without_success(data):
    del data["result"]["success"]
    return data


def part(package, sub, *, raw, maximum=1, parent=None):
    data = statement(package, raw=raw, maximum=maximum,
                     object_id=f"{package.activity_iri}?subContentId={sub}")
    if parent:
        data["context"]["contextActivities"]["parent"] = [
            {"id": f"{package.activity_iri}?subContentId={parent}"}]
    return without_success(data)


@pytest.fixture
def column(package):
    """The fixture package made a Column of two questions, scored out of what they report."""
    storage = h5p_storage()
    name = f"{package.content_path}/content/content.json"
    storage.delete(name)
    storage.save(name, ContentFile(json.dumps(COLUMN).encode()))
    package.max_score = None
    package.save()
    return package


def test_a_completed_activity_below_the_pass_mark_is_not_passed(user, package, received):
    package.max_score = 9
    package.save()
    result = record(user, package, without_success(statement(package, raw=3, maximum=9,
                                                              verb="completed")))
    assert (result.score, result.completion, result.passed) == (3, True, False)
    assert received[-1]["passed"] is False


def test_a_score_reaching_the_pass_mark_passes(user, package, received):
    package.max_score, package.pass_mark = 9, 30
    package.save()
    result = record(user, package, without_success(statement(package, raw=3, maximum=9)))
    assert result.passed and received[-1]["passed"] is True


def test_the_activitys_own_verdict_decides(user, package):
    package.max_score = 9
    package.save()
    assert record(user, package, statement(package, raw=2, maximum=9, success=True)).passed
    assert not record(user, package, statement(package, raw=2, maximum=9, success=False)).passed


def test_content_without_a_score_passes_when_completed(user, package):
    package.max_score = None
    package.save()
    data = without_success(statement(package, verb="completed"))
    data["result"]["score"] = {}
    assert record(user, package, data).passed


def test_a_part_never_overwrites_the_activitys_result(user, column, received):
    activity = record(user, column, without_success(statement(column, raw=1, maximum=2)))
    signals = len(received)
    answer = record(user, column, part(column, "q1", raw=1))
    assert answer.sub_content_id == "q1" and answer.statement["parent"] == ""
    assert len(received) == signals  # no new activity result
    latest = H5PResult.objects.filter(sub_content_id="").latest("created_at")
    assert latest == activity and (latest.score, latest.max_score) == (1, 2)


def test_when_only_parts_report_the_activity_result_sums_its_direct_parts(
    user, column, received
):
    first = record(user, column, part(column, "q1", raw=1))
    assert (first.sub_content_id, first.score, first.max_score) == ("", 1, 1)
    assert not first.passed and not first.completion  # q2 has not answered yet
    record(user, column, part(column, "img", raw=5, maximum=5, parent="q2"))  # a part's part
    second = record(user, column, part(column, "q2", raw=0))
    assert second.pk == first.pk and (second.score, second.max_score) == (1, 2)
    assert second.completion and not second.passed  # pass mark 100 %
    again = record(user, column, part(column, "q2", raw=1))
    assert (again.score, again.passed) == (2, True) and received[-1]["passed"] is True
    assert H5PResult.objects.filter(sub_content_id="").count() == 1
    assert H5PResult.objects.exclude(sub_content_id="").count() == 4


def test_direct_parts_are_the_outermost_sub_contents():
    assert direct_parts(COLUMN) == {"q1", "q2"}
