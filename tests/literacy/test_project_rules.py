"""Promises the code base makes about itself: translations, stylesheets, migrations."""

import importlib.util
import re
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
APPS = ["literacy", "courses", "quizzes"]
PHYSICAL = re.compile(
    r"(?<![-\w])(margin|padding|border)-(left|right)\b"
    r"|(?<![-\w])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)"
    r"|float\s*:\s*(left|right)"
    r"|clear\s*:\s*(left|right)"
)


def _own_stylesheets():
    for app in APPS:
        yield from (ROOT / app).rglob("*.css")
    yield from (ROOT / "static").glob("*.css")


def test_stylesheets_use_logical_properties_only():
    offenders = []
    for css in _own_stylesheets():
        for number, line in enumerate(css.read_text().splitlines(), 1):
            if PHYSICAL.search(line):
                offenders.append(f"{css.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "physical left/right in stylesheets:\n" + "\n".join(offenders)


def _translations_tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_app_carries_its_catalogues_and_arabic_has_six_plural_forms():
    """An installed wheel has no project folder: every app brings its own translations;
    the site's own strings are in the top-level locale/, in English too."""
    tool = _translations_tool()
    for name in tool.CATALOGUES:
        ar = tool.catalogue_path(name, "ar").read_text(encoding="utf-8")
        assert "nplurals=6;" in ar
        for lang in tool.languages(name):
            assert tool.catalogue_path(name, lang).exists()
    assert tool.catalogue_path(tool.SITE, "ar") == ROOT / "locale/ar/LC_MESSAGES/django.po"
    assert tool.languages(tool.SITE) == ("ar", "en", "fr")


def test_the_site_catalogue_comes_first():
    from django.conf import settings

    assert [Path(path) for path in settings.LOCALE_PATHS] == [ROOT / "locale"]


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
@pytest.mark.parametrize("catalogue", [*APPS, "site"])
def test_catalogues_have_every_msgid_translated(catalogue, tmp_path):
    """makemessages over a copy of the catalogue's sources (an app, or the site's templates
    and wiring): no missing, empty or fuzzy entry."""
    tool = _translations_tool()
    locale = tool.extract_app(catalogue, tmp_path)
    problems = []
    for lang in tool.languages(catalogue):
        po = locale / lang / "LC_MESSAGES" / "django.po"
        stats = subprocess.run(
            ["msgfmt", "--statistics", "-o", "/dev/null", str(po)],
            capture_output=True, text=True, check=True,
        ).stderr
        if "fuzzy" in stats or "untranslated" in stats:
            problems.append(f"{catalogue}/{lang}: {stats.strip()}")
            for flag in ("--untranslated", "--only-fuzzy"):
                listing = subprocess.run(
                    ["msgattrib", flag, str(po)], capture_output=True, text=True
                ).stdout
                problems.append(listing[:2000])
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
def test_the_site_wiring_is_in_the_site_catalogue_not_an_apps(tmp_path):
    """literacy/settings/ is not in the wheel: its strings (the language names) belong to
    locale/, and literacy's catalogue, which the wheel ships, does not carry them."""
    tool = _translations_tool()
    site = tool.extract_app("site", tmp_path / "site", keep_existing=False)
    literacy = tool.extract_app("literacy", tmp_path / "literacy", keep_existing=False)

    def msgids(locale):
        text = (locale / "ar/LC_MESSAGES/django.po").read_text(encoding="utf-8")
        return set(re.findall(r'^msgid "(.+)"$', text, re.MULTILINE))

    assert {"Arabic", "English", "French", "Basira"} <= msgids(site)
    assert not {"Arabic", "English", "French"} & msgids(literacy)


@pytest.mark.django_db
def test_migrations_match_models():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:
        pytest.fail(f"models changed without a migration (exit {exit_.code}):\n{out.getvalue()}")


def test_basira_pages_fill_basira_content_not_the_sites_content_block():
    """basira/base.html owns the site's `content` block (the language/direction wrapper and
    the messages); a page that overrode it would lose both in a host site."""
    offenders = []
    for app in APPS:
        for template in (ROOT / app / "templates").rglob("*.html"):
            text = template.read_text(encoding="utf-8")
            if template.name != "layout.html" and template.parts[-2:] != ("basira", "base.html") \
                    and re.search(r"{%\s*block\s+content\s*%}", text):
                offenders.append(str(template.relative_to(ROOT)))
    assert not offenders, "use {% block basira_content %} in: " + ", ".join(offenders)
