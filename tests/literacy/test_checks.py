"""`manage.py check` names misconfigurations of a host site and their fix."""

from types import SimpleNamespace

from django.core import checks

from literacy.checks import (
    basira_messages,
    check_channel_layer,
    check_erasure_journal,
    check_modeltranslation_order,
    check_translated_languages,
    check_two_factor,
)
from quizzes.checks import check_h5p_origin

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


def test_missing_language_in_languages_names_the_setting_and_the_fix(settings):
    settings.LANGUAGES = [("ar", "Arabic"), ("en", "English")]
    settings.MODELTRANSLATION_LANGUAGES = None
    [error] = check_translated_languages()
    assert error.id == "basira.E003"
    assert "LANGUAGES lacks fr" in error.msg and "Add 'fr' to LANGUAGES" in error.hint


def test_host_without_two_factor_apps_or_middleware_is_told_what_to_add(settings, monkeypatch):
    # A stand-in settings object: changing INSTALLED_APPS for real reloads the app registry.
    host = SimpleNamespace(
        INSTALLED_APPS=[a for a in settings.INSTALLED_APPS if "otp" not in a],
        MIDDLEWARE=[m for m in settings.MIDDLEWARE if "otp" not in m],
    )
    monkeypatch.setattr("literacy.checks.settings", host)
    errors = {error.id: error for error in check_two_factor()}
    assert set(errors) == {"basira.E004", "basira.E005"}
    assert "'django_otp'" in errors["basira.E004"].hint
    assert "OTPMiddleware" in errors["basira.E005"].hint


def test_optional_parts_switched_off_are_warnings(settings):
    settings.CHANNEL_LAYERS = {}
    settings.QUIZZES_H5P_ORIGIN = ""
    [live] = check_channel_layer()
    [h5p] = check_h5p_origin()
    assert (live.id, live.level) == ("basira.W002", checks.WARNING)
    assert (h5p.id, h5p.level) == ("basira.W003", checks.WARNING)
    assert {message.id for message in basira_messages()} >= {"basira.W002", "basira.W003"}


def test_h5p_on_the_site_origin_is_refused(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://learn.example.org"
    settings.QUIZZES_H5P_ORIGIN = "https://learn.example.org/"
    [error] = check_h5p_origin()
    assert error.id == "basira.E007" and error.level == checks.ERROR
    settings.QUIZZES_H5P_ORIGIN = "https://h5p.example.org"
    assert check_h5p_origin() == []
    settings.QUIZZES_H5P_ORIGIN = "h5p.example.org"
    assert check_h5p_origin()[0].id == "basira.E008"


def test_basira_home_page_is_offered_only_where_the_site_allows(settings):
    from literacy.models import HomePage

    settings.LITERACY_HOME_PAGE_CREATABLE = False
    assert not HomePage.is_creatable
    settings.LITERACY_HOME_PAGE_CREATABLE = True
    assert HomePage.is_creatable


def test_dashboard_panel_shows_the_check_messages_to_superusers(settings, rf):
    from django.contrib.auth.models import AnonymousUser

    from literacy.wagtail_hooks import ConfigurationPanel, basira_configuration_panel

    settings.CHANNEL_LAYERS = {}
    request = rf.get("/admin/")
    request.user = type("Admin", (), {"is_superuser": True})()
    panels = []
    basira_configuration_panel(request, panels)
    [panel] = panels
    assert isinstance(panel, ConfigurationPanel)
    assert "basira.W002" in panel.render_html({"request": request})
    request.user = AnonymousUser()
    panels = []
    basira_configuration_panel(request, panels)
    assert panels == []


def test_an_unwritable_erasure_journal_is_an_error(settings, tmp_path):
    settings.LITERACY_ERASURE_JOURNAL = ""
    assert check_erasure_journal() == []
    settings.LITERACY_ERASURE_JOURNAL = str(tmp_path / "new" / "folder" / "erasures.jsonl")
    assert check_erasure_journal() == []  # made on the first erasure
    (tmp_path / "a-file").write_text("")
    settings.LITERACY_ERASURE_JOURNAL = str(tmp_path / "a-file" / "erasures.jsonl")
    [error] = check_erasure_journal()
    assert error.id == "basira.E009" and error.level == checks.ERROR
    assert "a-file is not a folder" in error.msg
    settings.LITERACY_ERASURE_JOURNAL = str(tmp_path)
    [error] = check_erasure_journal()
    assert "it is not a file" in error.msg
