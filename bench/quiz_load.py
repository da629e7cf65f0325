"""Helpers run in a subprocess against the bench's PostgreSQL database, with the
production settings of the server under test (so tokens are signed with its key).

    python -m bench.quiz_load setup OUT.json USERS ATTEMPTS   # page, quiz, sessions, bodies
    python -m bench.quiz_load verify IN.json                  # stored attempts per submission
"""

import json
import secrets
import sys
import uuid
from urllib.parse import urlencode

from django.utils.crypto import get_random_string


def _quiz_page_model():
    from wagtail.fields import StreamField
    from wagtail.models import get_page_models

    from quizzes.blocks import QuizBlock

    for model in get_page_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, StreamField):
                for name, block in field.stream_block.child_blocks.items():
                    if isinstance(block, QuizBlock):
                        return model, field.name, name
    return None, None, None


def setup(out: str, users: int, attempts: int) -> None:
    import django

    django.setup()
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import RequestFactory
    from wagtail.models import Page

    from quizzes.access import can_take
    from quizzes.attempts import FormToken
    from quizzes.demo import create_quiz
    from tests.quizzes.data import quiz_data
    from tests.quizzes.helpers import answer_fields

    call_command("migrate", "--noinput", verbosity=0)
    with connection.cursor() as cursor:  # the write floor's table (bench/urls.py write_post)
        cursor.execute("CREATE TABLE IF NOT EXISTS bench_write_floor "
                       "(id bigserial PRIMARY KEY, user_id integer, at timestamptz)")
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    model, field, block_name = _quiz_page_model()
    if model is None:
        json.dump({"error": "no page type has a quiz block yet"}, open(out, "w"))
        return
    quiz = create_quiz("bench-quiz", quiz_data(attempts_allowed=0))
    page = model.objects.live().first()
    if page is None:
        json.dump({"error": f"no live {model.__name__} to place the quiz on"}, open(out, "w"))
        return
    # The bench quiz goes at the end of that page's body, in every language.
    for lang_field in [f for f in page._meta.concrete_fields if f.name.startswith(field)]:
        stream = getattr(page, lang_field.name)
        if stream is not None:
            raw = list(stream.raw_data)
            if not any(b.get("value", {}).get("quiz") == quiz.pk for b in raw
                       if isinstance(b.get("value"), dict)):
                raw.append({"type": block_name, "value": {"quiz": quiz.pk}})
                setattr(page, lang_field.name, raw)
    page.save_revision().publish()
    page = Page.objects.get(pk=page.pk).specific

    # As a sign-in stores them: with Redis, in the cache and the database (cached_db).
    SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
    User = get_user_model()
    fields = answer_fields(quiz)
    csrf = get_random_string(32)
    plan = []
    for index in range(users):
        user, _ = User.objects.get_or_create(username=f"bench-learner-{index}")
        if index == 0:
            request = RequestFactory().get(page.url)
            request.user = user
            if not can_take(request, page, quiz):
                json.dump({"error": "the access hooks refuse the bench learner"}, open(out, "w"))
                return
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        bodies = []
        for number in range(1, attempts + 1):
            token = FormToken(quiz.pk, page.pk, user.pk, number, str(uuid.uuid4()),
                              secrets.randbelow(2**31) + 1)
            bodies.append(urlencode({**fields, "token": token.sign(),
                                     "csrfmiddlewaretoken": csrf}, doseq=True))
        plan.append({"user": user.pk, "session": session.session_key, "bodies": bodies})
    json.dump({"quiz": quiz.pk, "page": page.pk, "csrf": csrf, "plan": plan,
               "path": f"/ar/quizzes/{quiz.pk}/submit/",
               "questions": len(list(quiz.canonical_questions()))},
              open(out, "w"))


def verify(path: str) -> None:
    import django

    django.setup()
    from django.db.models import Count

    from quizzes.models import Answer, Attempt

    data = json.load(open(path))
    expected = {tuple(pair) for pair in data["sent"]}
    stored = list(Attempt.objects.filter(quiz_id=data["quiz"])
                  .values("user_id", "number").annotate(n=Count("id")))
    found = {(row["user_id"], row["number"]) for row in stored}
    duplicated = sum(row["n"] - 1 for row in stored) + len(found - expected)
    answers_ok = not Answer.objects.filter(attempt__quiz_id=data["quiz"]).values(
        "attempt_id").annotate(n=Count("id")).exclude(n=data["questions"]).exists()
    print(json.dumps({"expected": len(expected), "stored": len(found & expected),
                      "lost": len(expected - found), "duplicated": duplicated,
                      "answers_complete": answers_ok}))


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        setup(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        verify(sys.argv[2])
