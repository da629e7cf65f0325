"""Names inside translated sentences, isolated for right-to-left readers."""

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe


def isolated(template, params: dict) -> SafeString:
    """``template % params`` as HTML, each text parameter escaped inside ``<bdi>``.

    A Latin library or file name (``H5P.MultiChoice 1.14``, ``scripts/x.js``) then keeps
    its own direction and does not reorder the Arabic sentence around it. Numbers are left
    as they are (a plural form may depend on them), and so is HTML already made safe (a list
    of names, each in its own ``<bdi>``). Escaping guarded by
    tests/quizzes/test_h5p_library_versions.py::test_names_are_escaped_and_isolated_in_the_message.
    """
    if all(isinstance(value, int) for value in params.values()):
        return conditional_escape(template % params if params else template)
    return mark_safe(conditional_escape(template) % {  # noqa: S308 - escaped above and here
        key: value if isinstance(value, int | SafeString)
        else format_html("<bdi>{}</bdi>", value)
        for key, value in params.items()
    })
