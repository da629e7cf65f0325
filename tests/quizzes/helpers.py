"""Build form data answering a quiz, right or wrong, as a browser would post it."""

from django.utils.datastructures import MultiValueDict

from quizzes.attempts import FormToken, issue_token, last_attempt
from quizzes.question_types import question_type


def answer_fields(quiz, *, right=True) -> dict[str, list[str]]:
    """Every question answered right (or plainly wrong) by its type's ``sample_answer``."""
    fields: dict[str, list[str]] = {}
    for question in quiz.canonical_questions():
        fields.update(question_type(question).sample_answer(question, right=right))
    return fields


def as_querydict(fields) -> MultiValueDict:
    return MultiValueDict({k: list(v) for k, v in fields.items()})


def token_for(user, quiz, page) -> FormToken:
    return issue_token(user=user, quiz=quiz, page_id=page.pk if page else None,
                       last=last_attempt(user, quiz))


def post_data(user, quiz, page, *, right=True, **extra) -> dict:
    data = {**answer_fields(quiz, right=right), **extra}
    data["token"] = token_for(user, quiz, page).sign()
    return data
