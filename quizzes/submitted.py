"""Storing a graded submission: the attempt row and one answer row per question.

This is the write every submission makes, so on PostgreSQL it is one statement (the
attempt inserted in a data-modifying CTE, its answers from one JSON document with
jsonb_to_recordset): one round trip instead of two, and none of the per-row work of
Model.save and bulk_create (about 0.8 ms of the worker's CPU per submission, most of what
it spent on storing). The answers go as one JSON text (json.dumps, in C) rather than an
array per column: adapting six arrays value by value (a Jsonb per response) cost the
worker more than the statement itself (issue 19's profile of a submission). Other
databases take the two ORM inserts. Either way it runs in the caller's transaction, and
a taken (user, quiz, number) raises IntegrityError.

The SQL is built from the models' own fields, columns and types, once per database
vendor, so a field added to either model is written without editing it here. As with
bulk_create, no pre_save/post_save is sent for these rows: `attempt_graded` is the
signal to listen to.
"""

import json
from functools import cache

from django.db import connections

from .models import Answer, Attempt

# The answer columns written from each graded question (quizzes.grading.GradedAnswer).
ANSWER_FIELDS = ("question_id", "question_type", "response", "correct", "points", "max_points")


def insert_submitted(attempt: Attempt, graded: list, *, using: str = "default") -> Attempt:
    """Insert ``attempt`` (built, not saved) and an answer per ``graded`` question."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        attempt.save(force_insert=True, using=using)
        insert_answers(attempt, graded, using=using)
        return attempt
    sql, attempt_fields, answer_fields = _postgresql_statement(connection.alias)
    params = [field.get_db_prep_save(field.pre_save(attempt, True), connection)
              for field in attempt_fields]
    # The answers' values are what the fields would store as they are: text, a boolean
    # or None, floats, and the response (JSON already).
    params.append(json.dumps([{name: getattr(g, name) for name in ANSWER_FIELDS}
                              for g in graded]))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        attempt.pk = cursor.fetchone()[0]
    attempt._state.adding = False
    attempt._state.db = using
    return attempt


def insert_answers(attempt: Attempt, graded: list, *, using: str = "default") -> None:
    """An answer per ``graded`` question of an attempt already stored."""
    Answer.objects.using(using).bulk_create(
        Answer(attempt=attempt, **{name: getattr(g, name) for name in ANSWER_FIELDS})
        for g in graded
    )


@cache
def _postgresql_statement(alias: str):
    connection = connections[alias]
    quote = connection.ops.quote_name
    attempt_fields = [f for f in Attempt._meta.concrete_fields if not f.primary_key]
    answer_fields = [Answer._meta.get_field(name) for name in ANSWER_FIELDS]
    attempt_columns = ", ".join(quote(f.column) for f in attempt_fields)
    placeholders = ", ".join(["%s"] * len(attempt_fields))
    # The record's columns are named as ANSWER_FIELDS (the JSON's keys), typed as the
    # model's columns.
    record = ", ".join(f"{quote(name)} {f.db_type(connection)}"
                       for name, f in zip(ANSWER_FIELDS, answer_fields, strict=True))
    answer_columns = ", ".join(quote(f.column) for f in answer_fields)
    attempt_link = quote(Answer._meta.get_field("attempt").column)
    pk = quote(Attempt._meta.pk.column)
    # Data-modifying CTEs always run to completion: the answers are written even though
    # the outer SELECT reads only the attempt's id (a quiz of no questions writes none).
    # Names from the models' metadata, quoted; every value is a parameter.
    sql = (
        f"WITH new_attempt AS (INSERT INTO {quote(Attempt._meta.db_table)} "  # noqa: S608
        f"({attempt_columns}) VALUES ({placeholders}) RETURNING {pk}), "
        f"new_answers AS (INSERT INTO {quote(Answer._meta.db_table)} "
        f"({attempt_link}, {answer_columns}) SELECT new_attempt.{pk}, answer.* "
        f"FROM new_attempt, jsonb_to_recordset(%s::jsonb) AS answer({record})) "
        f"SELECT {pk} FROM new_attempt"
    )
    return sql, attempt_fields, answer_fields
