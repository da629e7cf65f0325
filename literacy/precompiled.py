"""Model instances by primary key (or by a query of a fixed shape), with their SQL
compiled by the ORM once.

For a wide model (a lesson page: some fifty columns over two tables, every text field in
three languages) compiling the query and choosing each column's converter took longer
than running it, on the requests that matter most (every lesson view, every quiz
submission). Here the ORM compiles "this model, this primary key" once per model,
database and deferred fields; later calls run that SQL and apply the same converters.
"""

from functools import cache

from django.db import connections, router
from django.db.models import QuerySet
from django.utils.translation import get_language
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.fields import StreamField

_SENTINEL = -7_654_321
_PLANS: dict[tuple, tuple] = {}


def _placeholders(count: int) -> list[int]:
    """Values no row has, standing for the caller's values while the SQL is compiled."""
    return [_SENTINEL - n for n in range(count)]


def _compile_rows(queryset, connection):
    """A ``values_list`` queryset's SQL, each column's converters, and where each asked
    field is among the selected columns (as ``ValuesListIterable`` orders them)."""
    query = queryset.query
    compiler = query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    columns = [column for column, _sql, _alias in compiler.select]
    names = [*query.extra_select, *query.values_select, *query.annotation_select]
    fields = [*queryset._fields, *(name for name in query.annotation_select
                                   if name not in queryset._fields)] \
        if queryset._fields else names
    return sql, list(params), [names.index(name) for name in fields], \
        compiler.get_converters(columns)


def _substituted(params: list, values: list) -> list:
    """The plan's parameters with the caller's values in the placeholders' places (a
    placeholder compared with a text column was made text by the ORM)."""
    places = {}
    for index, placeholder in enumerate(_placeholders(len(values))):
        places[placeholder] = places[str(placeholder)] = index
    return [values[places[value]] if not isinstance(value, bool) and
            isinstance(value, int | str) and value in places else value
            for value in params]


def _run(plan_key, compile_plan, build, values: list, model):
    connection = connections[router.db_for_read(model)]
    key = (plan_key, connection.alias, len(values))
    if key not in _PLANS:
        _PLANS[key] = compile_plan(build(*_placeholders(len(values))), connection)
    sql, params, attnames, converters = _PLANS[key]
    with connection.cursor() as cursor:
        cursor.execute(sql, _substituted(params, values))
        rows = cursor.fetchall()
    converted = []
    for row in rows:
        row_values = list(row)
        for index, (functions, expression) in converters.items():
            for convert in functions:
                row_values[index] = convert(row_values[index], expression, connection)
        converted.append(row_values)
    return connection, attnames, converted


def _compile(queryset, connection):
    compiler = queryset.query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    if compiler.klass_info is None or compiler.klass_info.get("related_klass_infos") \
            or compiler.annotation_col_map:
        raise RuntimeError("only plain model rows can be precompiled")
    columns = [column for column, _sql, _alias in compiler.select]
    attnames = [column.target.attname for column in columns]
    # Model.from_db takes the selected fields in model order: the ORM selects them so.
    model = queryset.model
    selected = set(attnames)
    if attnames != [f.attname for f in model._meta.concrete_fields if f.attname in selected]:
        raise RuntimeError(f"{model.__name__}: columns not selected in field order")
    return sql, list(params), attnames, compiler.get_converters(columns)


def select(model, key, build, values: list) -> list:
    """The instances of ``model`` that ``build(*placeholders)`` (a queryset of its plain
    rows whose filters use only those placeholders, one per value) selects with
    ``values`` in their places; its SQL is compiled once per ``key`` and number of
    values. Placeholders stand for ids and text only (the ORM refuses a negative number
    for a boolean, a date or a positive integer column). The queryset is built only
    then: building and compiling it cost more than running it on the pages every
    learner opens.
    """
    connection, attnames, rows = _run(key, _compile, build, values, model)
    return [model.from_db(connection.alias, attnames, row) for row in rows]


def select_rows(model, key, build, values: list) -> list[tuple]:
    """As ``select``, for a ``values_list`` queryset of ``model``: its rows as tuples.
    Only for fields django-modeltranslation does not translate (it rewrites those)."""
    _connection, order, rows = _run(key, _compile_rows, build, values, model)
    return [tuple(row[index] for index in order) for row in rows]


@cache
def stream_field_names(model) -> tuple[str, ...]:
    """The model's StreamField columns (every language's), e.g. to `defer` them."""
    return tuple(f.attname for f in model._meta.concrete_fields if isinstance(f, StreamField))


def _deferred(queryset, names: tuple[str, ...]):
    """``queryset.defer(*names)`` of these very columns: django-modeltranslation's
    ``defer`` would add every language's column to a translated field's own name."""
    return QuerySet.defer(queryset, *names) if names else queryset


def unread_translations(model) -> tuple[str, ...]:
    """The StreamField columns a request in the active language never reads, to defer:
    the other languages' (django-modeltranslation reads a field in the active language,
    then its fallbacks) and the untranslated column it keeps beside them. Parsing a body
    or a quiz's questions is most of what loading one costs, and they come in every
    language. Not for instances kept between requests in several languages."""
    return _unread_translations(model, (get_language() or "ar").split("-")[0])


@cache
def _unread_translations(model, language: str) -> tuple[str, ...]:
    try:
        fields = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return ()
    streams = set(stream_field_names(model))
    unread = []
    for name in fields:
        if name not in streams:
            continue
        read = {build_localized_fieldname(name, code)
                for code in resolution_order(language, getattr(model, name).fallback_languages)}
        unread += [name, *(field.name for field in fields[name] if field.name not in read)]
    return tuple(sorted(unread))


def get_by_pk(model, pk, *, live_only: bool = False, defer: tuple[str, ...] = ()):
    """The instance of `model` with this primary key (live, if asked), or None.

    Deferred fields load on first access, as with QuerySet.defer().
    """
    def build(placeholder):
        queryset = model._base_manager.filter(pk=placeholder)
        if live_only:
            queryset = queryset.filter(live=True)
        return _deferred(queryset, defer)[:1]

    found = select(model, (model, "pk", live_only, defer), build, [pk])
    return found[0] if found else None


def get_many_by_pk(model, pks, *, defer: tuple[str, ...] = ()) -> dict:
    """{pk: instance} for these primary keys (those that exist), in one query: what
    ``QuerySet.in_bulk`` gives, without compiling its SQL on every call (a lesson's quiz
    blocks load their quizzes so on every view)."""
    to_python = model._meta.pk.to_python
    wanted = list(dict.fromkeys(to_python(pk) for pk in pks if pk is not None))
    if not wanted:
        return {}

    def build(*placeholders):
        return _deferred(model._base_manager.filter(pk__in=placeholders), defer)

    found = select(model, (model, "pks", defer), build, wanted)
    return {instance.pk: instance for instance in found}
