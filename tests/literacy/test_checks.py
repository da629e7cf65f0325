"""`manage.py check` names misconfigurations of a host site and their fix."""

from django.core import checks

from literacy.checks import check_modeltranslation_order, check_translated_languages

GOOD_APPS = [
    "wagtail_modeltranslation", "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate", "modeltranslation",
    "literacy", "courses", "quizzes", "wagtail",
]


def test_this_site_passes_the_checks():
    assert check_modeltranslation_order() == []
    assert check_translated_languages() == []


def test_wrong_app_order_is_named(settings):
    settings.INSTALLED_APPS = ["literacy", "courses", "quizzes", *GOOD_APPS[:4], "wagtail"]
    [error] = check_modeltranslation_order()
    assert error.id == "basira.E002"
    assert "order" in error.msg and "'modeltranslation'" in error.hint


def test_missing_modeltranslation_is_named(settings):
    settings.INSTALLED_APPS = ["literacy", "courses", "quizzes", "wagtail"]
    ids = {error.id for error in check_modeltranslation_order()}
    assert ids == {"basira.E001"}


def test_missing_language_is_named(settings):
    settings.LANGUAGES = [("ar", "Arabic"), ("en", "English")]
    settings.MODELTRANSLATION_LANGUAGES = ("ar", "en")
    [error] = check_translated_languages()
    assert error.id == "basira.E003" and error.level == checks.ERROR
    assert "fr" in error.msg and "'fr'" in error.hint
