"""Model instances by primary key, with their SQL compiled by the ORM once.

For a wide model (a lesson page: some fifty columns over two tables, every text field in
three languages) compiling the query and choosing each column's converter took longer
than running it, on the requests that matter most (every lesson view, every quiz
submission). Here the ORM compiles "this model, this primary key" once per model,
database and deferred fields; later calls run that SQL and apply the same converters.
"""

from functools import cache

from django.db import connections, router
from wagtail.fields import StreamField

_SENTINEL = -7_654_321
_PLANS: dict[tuple, tuple] = {}


def _plan(model, connection, live_only: bool, defer: tuple[str, ...], count: int = 0):
    """The SQL for one primary key (``count`` 0) or for ``count`` of them."""
    queryset = model._base_manager.filter(
        pk__in=[_SENTINEL - n for n in range(count)]) if count else \
        model._base_manager.filter(pk=_SENTINEL)
    if live_only:
        queryset = queryset.filter(live=True)
    if defer:
        queryset = queryset.defer(*defer)
    compiler = (queryset if count else queryset[:1]).query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    columns = [column for column, _sql, _alias in compiler.select]
    attnames = [column.target.attname for column in columns]
    # Model.from_db takes the selected fields in model order: the ORM selects them so.
    selected = set(attnames)
    if attnames != [f.attname for f in model._meta.concrete_fields if f.attname in selected]:
        raise RuntimeError(f"{model.__name__}: columns not selected in field order")
    return sql, list(params), attnames, compiler.get_converters(columns)


@cache
def stream_field_names(model) -> tuple[str, ...]:
    """The model's StreamField columns (every language's), e.g. to `defer` them."""
    return tuple(f.attname for f in model._meta.concrete_fields if isinstance(f, StreamField))


def get_by_pk(model, pk, *, live_only: bool = False, defer: tuple[str, ...] = ()):
    """The instance of `model` with this primary key (live, if asked), or None.

    Deferred fields load on first access, as with QuerySet.defer().
    """
    connection = connections[router.db_for_read(model)]
    key = (model, connection.alias, live_only, defer)
    if key not in _PLANS:
        _PLANS[key] = _plan(model, connection, live_only, defer)
    sql, params, attnames, converters = _PLANS[key]
    params = [pk if value == _SENTINEL else value for value in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    values = list(row)
    for index, (functions, expression) in converters.items():
        for convert in functions:
            values[index] = convert(values[index], expression, connection)
    return model.from_db(connection.alias, attnames, values)


def get_many_by_pk(model, pks) -> dict:
    """{pk: instance} for these primary keys (those that exist), in one query: what
    ``QuerySet.in_bulk`` gives, without compiling its SQL on every call (a lesson's quiz
    blocks load their quizzes so on every view)."""
    to_python = model._meta.pk.to_python
    wanted = list(dict.fromkeys(to_python(pk) for pk in pks if pk is not None))
    if not wanted:
        return {}
    connection = connections[router.db_for_read(model)]
    key = (model, connection.alias, False, (), len(wanted))
    if key not in _PLANS:
        _PLANS[key] = _plan(model, connection, False, (), count=len(wanted))
    sql, params, attnames, converters = _PLANS[key]
    params = [wanted[_SENTINEL - value] if isinstance(value, int) and
              _SENTINEL - len(wanted) < value <= _SENTINEL else value for value in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = {}
    for row in rows:
        values = list(row)
        for index, (functions, expression) in converters.items():
            for convert in functions:
                values[index] = convert(values[index], expression, connection)
        instance = model.from_db(connection.alias, attnames, values)
        found[instance.pk] = instance
    return found
