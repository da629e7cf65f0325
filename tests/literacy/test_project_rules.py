"""Promises the code base makes about itself: translations, stylesheets, migrations."""

import re
import shutil
import subprocess
import sys
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


def test_arabic_catalogue_declares_six_plural_forms():
    po = (ROOT / "locale/ar/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    assert "nplurals=6;" in po


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
def test_catalogues_have_every_msgid_translated(tmp_path):
    """makemessages over a copy of the source: no missing, empty or fuzzy entry."""
    for app in APPS:
        (tmp_path / app).symlink_to(ROOT / app)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "makemessages", "--symlinks",
         "-l", "ar", "-l", "fr", "--no-obsolete", "--no-location", "-v", "0"],
        cwd=tmp_path, check=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
                                        "DJANGO_SETTINGS_MODULE": "literacy.settings.test"},
    )
    problems = []
    for lang in ("ar", "fr"):
        po = tmp_path / "locale" / lang / "LC_MESSAGES" / "django.po"
        stats = subprocess.run(
            ["msgfmt", "--statistics", "-o", "/dev/null", str(po)],
            capture_output=True, text=True, check=True,
        ).stderr
        if "fuzzy" in stats or "untranslated" in stats:
            problems.append(f"{lang}: {stats.strip()}")
            for flag in ("--untranslated", "--only-fuzzy"):
                listing = subprocess.run(
                    ["msgattrib", flag, str(po)], capture_output=True, text=True
                ).stdout
                problems.append(listing[:2000])
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_migrations_match_models():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:
        pytest.fail(f"models changed without a migration (exit {exit_.code}):\n{out.getvalue()}")
