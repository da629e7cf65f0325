"""Page markup without the inline critical stylesheet (literacy/static_bundle.py), whose
selectors would otherwise match tests that look for a class or an input type."""

import re

_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S)


def without_styles(html) -> str:
    if isinstance(html, bytes):
        html = html.decode()
    return _STYLE.sub("", html)
