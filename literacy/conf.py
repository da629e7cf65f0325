"""Settings of the core app (prefixed ``LITERACY_``), with their defaults, read lazily.

``conf.HOME_PAGE_CREATABLE`` reads ``settings.LITERACY_HOME_PAGE_CREATABLE`` or the default.
The security features' settings share the prefix; their defaults live in security/conf.py
and are listed here too (``ALL_DEFAULTS``) for the README's table.
"""

from django.conf import settings

from .security.conf import DEFAULTS as SECURITY_DEFAULTS

DEFAULTS = {
    # Whether editors may create Basira's own home page (literacy.HomePage). A host site has
    # its own home page, so Basira's is hidden from the page-type list unless this is True.
    "HOME_PAGE_CREATABLE": False,
}

ALL_DEFAULTS = {**DEFAULTS, **SECURITY_DEFAULTS}


def __getattr__(name: str):
    if name not in DEFAULTS:
        raise AttributeError(name)
    return getattr(settings, f"LITERACY_{name}", DEFAULTS[name])
