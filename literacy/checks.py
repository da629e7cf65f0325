"""System checks for a site that installs the Basira apps (`manage.py check` runs them).

A host site gets a sentence naming the problem and the fix instead of a confusing
migration error or a 500 later. Errors stop `migrate` and `runserver`; warnings say which
optional part is switched off. The Wagtail admin's dashboard lists the same messages
(``basira_messages()``, see wagtail_hooks.py).

    basira.E001  modeltranslation apps missing          basira.W001  no LocaleMiddleware
    basira.E002  app order breaks modeltranslation      basira.W002  no channel layer
    basira.E003  a migrated language is not configured  basira.W010  bodies unbounded
    basira.E004  django-otp apps missing
    basira.E005  django-otp's middleware missing
    basira.E006  a custom user model
    basira.E009  the erasure journal cannot be written

Plugins register their own checks with the ``BASIRA`` tag from their AppConfig.ready
(``quizzes.checks``: basira.W003, E007, E008 about the H5P origin); the core names none.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core import checks

from literacy import conf as literacy_conf
from literacy.security import conf

# The tag of every Basira check, the core's and the plugins': the admin's dashboard
# lists the messages of the checks with this tag (``basira_messages``).
BASIRA = "basira"

# The translated columns in Basira's migrations exist for these languages.
MIGRATED_LANGUAGES = ("ar", "en", "fr")
BASIRA_APPS = ("literacy", "courses", "quizzes")
MODELTRANSLATION_APPS = (
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
)
OTP_APPS = ("django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static")
ORDER_HINT = (
    "Order INSTALLED_APPS as the README shows: 'wagtail_modeltranslation', "
    "'wagtail_modeltranslation.makemigrations', 'wagtail_modeltranslation.migrate', "
    "'modeltranslation', then 'literacy', 'courses', 'quizzes', then Wagtail's apps."
)


def _basira_installed(apps) -> bool:
    return any(app in apps for app in BASIRA_APPS)


@checks.register(checks.Tags.translation, BASIRA)
def check_modeltranslation_order(app_configs=None, **kwargs):
    apps = list(settings.INSTALLED_APPS)
    missing = [app for app in MODELTRANSLATION_APPS if app not in apps]
    if missing:
        return [
            checks.Error(
                f"{', '.join(repr(app) for app in missing)} missing from INSTALLED_APPS: the "
                "Basira apps' translated fields need modeltranslation.",
                hint=ORDER_HINT,
                id="basira.E001",
            )
        ]
    if not _basira_installed(apps):
        return []
    first_basira = min(apps.index(app) for app in BASIRA_APPS if app in apps)
    positions = [apps.index(app) for app in MODELTRANSLATION_APPS]
    wagtail = apps.index("wagtail") if "wagtail" in apps else len(apps)
    if not (positions == sorted(positions) and positions[-1] < first_basira < wagtail):
        return [
            checks.Error(
                "INSTALLED_APPS lists the apps in an order that breaks modeltranslation: "
                "'wagtail_modeltranslation' and 'modeltranslation' must come before the "
                "Basira apps, and those before 'wagtail'.",
                hint=ORDER_HINT,
                id="basira.E002",
            )
        ]
    return []


@checks.register(checks.Tags.translation, BASIRA)
def check_translated_languages(app_configs=None, **kwargs):
    site_languages = [code for code, _name in settings.LANGUAGES]
    lists = {"LANGUAGES": site_languages}
    if getattr(settings, "MODELTRANSLATION_LANGUAGES", None):
        lists["MODELTRANSLATION_LANGUAGES"] = list(settings.MODELTRANSLATION_LANGUAGES)
    lacking = {name: [c for c in MIGRATED_LANGUAGES if c not in codes] for name, codes in lists.items()}
    lacking = {name: codes for name, codes in lacking.items() if codes}
    if not lacking:
        return []
    missing = [c for c in MIGRATED_LANGUAGES if any(c in codes for codes in lacking.values())]
    names = " and ".join(lacking)
    return [
        checks.Error(
            "The Basira apps were migrated with translated fields for "
            f"{', '.join(MIGRATED_LANGUAGES)}, but {names} "
            f"{'lack' if len(lacking) > 1 else 'lacks'} {', '.join(missing)}.",
            hint=f"Add {', '.join(repr(code) for code in missing)} to {names} "
            "(for example ('fr', 'French') in LANGUAGES); you may leave a language out of "
            "your own language switcher.",
            id="basira.E003",
        )
    ]


@checks.register(checks.Tags.security, BASIRA)
def check_two_factor(app_configs=None, **kwargs):
    """The facilitator area and cohort exports open only after a second factor."""
    errors = []
    missing = [app for app in OTP_APPS if app not in settings.INSTALLED_APPS]
    if missing:
        errors.append(
            checks.Error(
                f"{', '.join(repr(app) for app in missing)} missing from INSTALLED_APPS: "
                "Basira's facilitator area requires two-factor authentication (django-otp).",
                hint="Add 'django_otp', 'django_otp.plugins.otp_totp' and "
                "'django_otp.plugins.otp_static' to INSTALLED_APPS.",
                id="basira.E004",
            )
        )
    if "django_otp.middleware.OTPMiddleware" not in settings.MIDDLEWARE:
        errors.append(
            checks.Error(
                "django_otp.middleware.OTPMiddleware is missing from MIDDLEWARE: no session "
                "could ever be verified, so facilitators could not open their cohorts.",
                hint="Add 'django_otp.middleware.OTPMiddleware' to MIDDLEWARE right after "
                "'django.contrib.auth.middleware.AuthenticationMiddleware'.",
                id="basira.E005",
            )
        )
    return errors


@checks.register(checks.Tags.models, BASIRA)
def check_user_model(app_configs=None, **kwargs):
    if settings.AUTH_USER_MODEL.lower() == "auth.user":
        return []
    return [
        checks.Error(
            f"AUTH_USER_MODEL is {settings.AUTH_USER_MODEL!r}, but Basira's learner profiles "
            "(literacy.Profile) and its migrations use Django's default user model.",
            hint="Install Basira on a site that uses 'auth.User'.",
            id="basira.E006",
        )
    ]


@checks.register(checks.Tags.translation, BASIRA)
def check_locale_middleware(app_configs=None, **kwargs):
    if "django.middleware.locale.LocaleMiddleware" in settings.MIDDLEWARE:
        return []
    return [
        checks.Warning(
            "LocaleMiddleware is not in MIDDLEWARE: Basira's pages show only in "
            f"LANGUAGE_CODE ({settings.LANGUAGE_CODE!r}) whatever the visitor's language.",
            hint="Add 'django.middleware.locale.LocaleMiddleware' after SessionMiddleware "
            "and before CommonMiddleware.",
            id="basira.W001",
        )
    ]


def channel_layer_configured() -> bool:
    return "channels" in settings.INSTALLED_APPS and bool(
        (getattr(settings, "CHANNEL_LAYERS", None) or {}).get("default")
    )


@checks.register(BASIRA)
def check_channel_layer(app_configs=None, **kwargs):
    if channel_layer_configured():
        return []
    return [
        checks.Warning(
            "No channel layer: cohort dashboards are not updated live; they refresh by "
            "polling every few seconds instead.",
            hint="For live updates add 'channels' to INSTALLED_APPS, set CHANNEL_LAYERS "
            "(channels_redis across processes) and serve /ws/ with an ASGI server routing "
            "basira.routing.websocket_urlpatterns.",
            id="basira.W002",
        )
    ]


BODY_LIMIT_MIDDLEWARE = "literacy.security.body_limits.BodyLimitMiddleware"


@checks.register(checks.Tags.security, BASIRA)
def check_body_limits(app_configs=None, **kwargs):
    """Bodies are refused before anything reads them, and an ordinary one (under the
    default limit) is never spooled to disk."""
    problems = []
    if list(settings.MIDDLEWARE)[:1] != [BODY_LIMIT_MIDDLEWARE]:
        problems.append("BodyLimitMiddleware is not first in MIDDLEWARE: a body of any size "
                        "is read (the CSRF middleware parses every POST) before it is refused.")
    memory = settings.FILE_UPLOAD_MAX_MEMORY_SIZE
    if memory is not None and conf.REQUEST_BODY_LIMIT > memory:
        problems.append("LITERACY_REQUEST_BODY_LIMIT is above FILE_UPLOAD_MAX_MEMORY_SIZE: an "
                        "ordinary request's file would be written to disk.")
    return [checks.Warning(
        problem, id="basira.W010",
        hint=f"Put {BODY_LIMIT_MIDDLEWARE!r} first in MIDDLEWARE and keep "
        "LITERACY_REQUEST_BODY_LIMIT at most FILE_UPLOAD_MAX_MEMORY_SIZE (README, \"Production\").",
    ) for problem in problems]


def basira_messages(level: int = checks.WARNING) -> list[checks.CheckMessage]:
    """Basira's check messages at ``level`` or above (for the admin's dashboard): every
    check registered with the ``BASIRA`` tag, the core's here and each plugin's own
    (registered by its AppConfig.ready, e.g. ``quizzes.checks``)."""
    return [message for message in checks.run_checks(tags=[BASIRA])
            if message.level >= level]


def _unwritable(path: Path) -> str | None:
    """Why ``path`` cannot be appended to (None when it can): the nearest folder that
    exists must be a folder we may write in, and the file, if there, a file we may."""
    if path.exists():
        if not path.is_file():
            return "it is not a file"
        return None if os.access(path, os.W_OK) else "the file is not writable"
    folder = path.parent
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        return f"{folder} is not a folder"
    return None if os.access(folder, os.W_OK | os.X_OK) else f"{folder} is not writable"


@checks.register(checks.Tags.security, BASIRA)
def check_erasure_journal(app_configs=None, **kwargs):
    """The journal of erased accounts (LITERACY_ERASURE_JOURNAL) is written after an
    erasure commits: a path that cannot be written is said at start-up, and on the
    admin's dashboard, rather than found when the first learner deletes their account
    (the erasure still happens; literacy.accounts.erasure_journal logs the lost line).
    Guarded by tests/literacy/test_checks.py::test_an_unwritable_erasure_journal_is_an_error."""
    path = literacy_conf.ERASURE_JOURNAL
    if not path:
        return []
    reason = _unwritable(Path(path))
    if reason is None:
        return []
    return [checks.Error(
        f"LITERACY_ERASURE_JOURNAL ({path}) cannot be written: {reason}. Erased accounts "
        "would not be recorded outside the database, so a restore from backup could bring "
        "them back.",
        hint="Point LITERACY_ERASURE_JOURNAL at a file in a folder the server's user may "
        "write to, outside the database's backups (README, \"Production\").",
        id="basira.E009",
    )]
