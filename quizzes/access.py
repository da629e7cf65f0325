"""Who may take a quiz placed on a page: one function, asked by every view and block."""

from wagtail import hooks
from wagtail.blocks import StreamValue

from literacy.content_cache import cached, generation
from literacy.precompiled import stream_field_names

from .models import Quiz

ACCESS_HOOK = "basira_activity_access"


def page_shows_quiz(page, quiz) -> bool:
    """Whether a quiz block of ``page`` (any language's body) places this quiz.

    A parallel form of a pre/post series counts as placed where its sibling form is.
    """
    ids = _quiz_ids_on_page(page)
    if str(quiz.pk) in ids:
        return True
    if quiz.series and quiz.form:
        return Quiz.objects.filter(pk__in=[int(i) for i in ids if i.isdigit()],
                                   series=quiz.series, kind=quiz.kind).exists()
    return False


def _quiz_ids_on_page(page) -> set[str]:
    specific = page.specific
    unread = set(stream_field_names(type(specific))) & specific.get_deferred_fields()
    if not unread:
        # Asked once per quiz block: the ids are kept on the instance (this request's
        # copy of the page, which may be an unsaved preview, so not in a shared cache).
        if "_basira_placed_quiz_ids" not in specific.__dict__:
            specific._basira_placed_quiz_ids = _placed_quiz_ids(specific)
        return specific._basira_placed_quiz_ids

    # Loaded without its bodies (a submission): what the stored page places is the same
    # for every learner until the content changes.
    def placed():
        specific.refresh_from_db(fields=sorted(unread))
        return _placed_quiz_ids(specific)

    return cached(f"quizzes:placed:{generation()}:{specific.pk}", placed)


def _placed_quiz_ids(specific) -> set[str]:
    ids = set()
    for model_field in specific._meta.concrete_fields:
        stream = getattr(specific, model_field.attname, None)
        if not isinstance(stream, StreamValue):
            continue
        for name, raw in _raw_blocks(stream):
            block = stream.stream_block.child_blocks.get(name)
            if getattr(block, "places_quiz", False) and raw.get("quiz") is not None:
                ids.add(str(raw["quiz"]))
    return ids


def _raw_blocks(stream: StreamValue):
    for item in stream.raw_data:
        if isinstance(item, dict) and isinstance(item.get("value"), dict):
            yield item.get("type"), item["value"]


def can_take(request, page, quiz) -> bool:
    """A learner may see and answer ``quiz`` on ``page``.

    The page must be live and place this quiz; then every "basira_activity_access" hook
    is asked (any False denies). With no hook giving an opinion, the page must be
    publicly viewable (no view restriction).
    """
    if page is None or quiz is None or not page.live:
        return False
    if not page_shows_quiz(page, quiz):
        return False
    opinions = [fn(request, page) for fn in hooks.get_hooks(ACCESS_HOOK)]
    if any(opinion is False for opinion in opinions):
        return False
    if any(opinion is True for opinion in opinions):
        return True
    return not page.get_view_restrictions().exists()
