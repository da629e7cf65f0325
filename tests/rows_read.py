"""Count what a block of code reads from the database: queries and rows returned.

A query count alone does not show a cost that grows with the site (one query can read a
million rows); the rows each SELECT returns do. Every SELECT is counted again as
``SELECT COUNT(*) FROM (…)`` with the same parameters, on the same connection.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection


@dataclass
class Reads:
    queries: int = 0
    rows: int = 0


@contextmanager
def counting_reads():
    reads = Reads()
    busy = False

    def wrapper(execute, sql, params, many, context):
        nonlocal busy
        result = execute(sql, params, many, context)
        if busy or many or not sql.lstrip().upper().startswith("SELECT"):
            return result
        busy = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS counted", params)  # noqa: S608 - the ORM's own SQL
                reads.rows += cursor.fetchone()[0]
            reads.queries += 1
        finally:
            busy = False
        return result

    with connection.execute_wrapper(wrapper):
        yield reads
