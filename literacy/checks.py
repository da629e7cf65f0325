"""System checks for a site that installs the Basira apps (`manage.py check` runs them).

A host site gets a sentence naming the problem and the fix instead of a confusing
migration error or a 500 later.
"""

from django.conf import settings
from django.core import checks

# The translated columns in Basira's migrations exist for these languages.
MIGRATED_LANGUAGES = ("ar", "en", "fr")
BASIRA_APPS = ("literacy", "courses", "quizzes")


@checks.register(checks.Tags.translation)
def check_modeltranslation_order(app_configs=None, **kwargs):
    apps = list(settings.INSTALLED_APPS)
    errors = []
    for required in ("wagtail_modeltranslation", "modeltranslation"):
        if required not in apps:
            errors.append(
                checks.Error(
                    f"'{required}' is missing from INSTALLED_APPS.",
                    hint="Add 'wagtail_modeltranslation', 'wagtail_modeltranslation.makemigrations', "
                    "'wagtail_modeltranslation.migrate' and 'modeltranslation' before the Basira "
                    "and Wagtail apps.",
                    id="basira.E001",
                )
            )
    if errors:
        return errors
    first_basira = min(apps.index(app) for app in BASIRA_APPS if app in apps)
    wmt, mt = apps.index("wagtail_modeltranslation"), apps.index("modeltranslation")
    if not (wmt < mt < first_basira):
        errors.append(
            checks.Error(
                "INSTALLED_APPS lists the apps in an order that breaks modeltranslation.",
                hint="Order them: 'wagtail_modeltranslation' (and its .makemigrations and .migrate), "
                "then 'modeltranslation', then 'literacy', 'courses', 'quizzes', then Wagtail's apps.",
                id="basira.E002",
            )
        )
    return errors


@checks.register(checks.Tags.translation)
def check_translated_languages(app_configs=None, **kwargs):
    configured = getattr(settings, "MODELTRANSLATION_LANGUAGES", None) or [
        code for code, _name in settings.LANGUAGES
    ]
    missing = [code for code in MIGRATED_LANGUAGES if code not in configured]
    if not missing:
        return []
    return [
        checks.Error(
            f"The Basira apps were migrated with translated fields for {', '.join(MIGRATED_LANGUAGES)}, "
            f"but this site's languages lack {', '.join(missing)}.",
            hint=f"Add {', '.join(repr(code) for code in missing)} to LANGUAGES (and to "
            "MODELTRANSLATION_LANGUAGES if you set it); you may hide a language from visitors "
            "in your own templates.",
            id="basira.E003",
        )
    ]
