"""Request parameters the quiz views read themselves: bad input is a clear 400, never
a 500, and never reaches the database (PostgreSQL refuses NUL characters outright)."""

from django.utils.translation import gettext_lazy as _

NUL_REFUSED = _("This request contains a character that is not allowed (a NUL byte).")


def object_id(raw) -> int | None:
    """The id of a row sent by a form field, or None when the value is not one.

    ASCII digits only: ``int()`` alone raises on "abc" (a 500) and accepts " 7", "٧"
    and "1_000". Guard tested by test_start_with_a_page_that_is_not_a_number_is_a_400.
    """
    if isinstance(raw, str) and raw.isascii() and raw.isdigit():
        return int(raw)
    return None


def has_nul(*values) -> bool:
    """Whether any of these strings carries a NUL character, looking inside QueryDicts
    and decoded JSON (keys and values). Guard tested by
    test_nul_bytes_never_reach_the_database and
    test_nul_in_a_short_answer_is_refused_and_the_answers_kept."""
    for value in values:
        if hasattr(value, "lists"):
            value = dict(value.lists())
        if isinstance(value, dict):
            if has_nul(*value.keys(), *value.values()):
                return True
        elif isinstance(value, list | tuple):
            if has_nul(*value):
                return True
        elif isinstance(value, str) and "\x00" in value:
            return True
    return False
