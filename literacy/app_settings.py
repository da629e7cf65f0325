"""The one way an app reads its settings: ``<PREFIX>_<NAME>`` from Django's settings,
else the app's default, read on every access (so a test's override applies).

Each app's ``conf.py`` holds its defaults and one ``AppSettings``, and lets its module
be read like it (after allauth's ``app_settings``)::

    app_settings = AppSettings("QUIZZES", DEFAULTS)
    __getattr__ = app_settings.module_getattr

and callers write ``from quizzes import conf`` … ``conf.MAX_TEXT_ANSWER``.
"""

from django.conf import settings


class AppSettings:
    def __init__(self, prefix: str, defaults: dict):
        self.prefix = prefix
        self.defaults = defaults

    def __getattr__(self, name: str):
        defaults = self.__dict__.get("defaults", {})
        if name not in defaults:
            raise AttributeError(name)
        return getattr(settings, f"{self.prefix}_{name}", defaults[name])

    def __dir__(self):
        return [*super().__dir__(), *self.defaults]

    def module_getattr(self, name: str):
        """A conf module's ``__getattr__``: ``conf.NAME`` reads the setting."""
        return getattr(self, name)
