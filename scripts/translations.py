"""Small tool for the catalogues: each app's (``<app>/locale/<lang>/LC_MESSAGES/django.po``)
and the site's own (``locale/<lang>/LC_MESSAGES/django.po``).

Each app (literacy, courses, quizzes) carries its own catalogue, so an installed wheel is
translated; a msgid used by two apps is in both catalogues. The site (what this repository
serves around the apps and the wheel does not ship: ``templates/``, ``literacy/settings/``
and the other wiring in SITE_SOURCES) has its strings in the top-level ``locale/``, which
settings.LOCALE_PATHS puts before the apps' catalogues. The site's English catalogue is
filled from the msgids (English is the source language).

    python scripts/translations.py missing            # list untranslated or fuzzy msgids
    python scripts/translations.py apply FILE.json    # fill msgstrs from {"ar": {...}, "fr": {...}}
    python scripts/translations.py fill LANG OTHER.po # fill untranslated entries from another catalogue
    python scripts/translations.py extract            # refresh every catalogue from the source
    python scripts/translations.py split DIR          # extract, taking translations from DIR first

``split`` reads catalogues in the project-wide layout (``DIR/<lang>/LC_MESSAGES/django.po``,
e.g. a branch's old ``locale/`` saved elsewhere before merging), extracts each catalogue's
msgids from its source and writes it with the translations of DIR (which win) and of its
current version. ``extract`` is the same without DIR (``make catalogues``).

In FILE.json a plural entry is {"msgid": ["form0", "form1", ...]} (six forms for Arabic,
two for French). Headers are normalised (language, plural forms, no fuzzy flag).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
APPS = ("literacy", "courses", "quizzes")
SITE = "site"  # the name of the top-level catalogue (locale/)
CATALOGUES = (*APPS, SITE)
# The site's own sources: not in the wheel (pyproject.toml), so not in an app's catalogue.
SITE_SOURCES = ("templates", "literacy/settings", "literacy/urls.py", "literacy/asgi.py",
                "literacy/wsgi.py")
HEADERS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 && n%100<=99 ? 4 : 5;",
    "en": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
}
LANGS = ("ar", "fr")  # the apps'; English is their source language
SITE_LANGS = ("ar", "en", "fr")


def languages(name: str) -> tuple[str, ...]:
    return SITE_LANGS if name == SITE else LANGS


def catalogue_path(name: str, lang: str, root: Path = ROOT) -> Path:
    folder = root if name == SITE else root / name
    return folder / "locale" / lang / "LC_MESSAGES" / "django.po"


def load(path: Path, lang: str) -> polib.POFile:
    po = polib.pofile(str(path), wrapwidth=79)  # as makemessages wraps
    po.metadata.update(
        {
            "Project-Id-Version": "Basira",
            "Language": lang,
            "Language-Team": lang,
            "Plural-Forms": HEADERS[lang],
            "Content-Type": "text/plain; charset=UTF-8",
        }
    )
    po.metadata_is_fuzzy = False
    return po


def catalogues(lang: str | None = None):
    """(catalogue, lang, POFile) for every catalogue that exists."""
    for app in CATALOGUES:
        for code in (lang,) if lang else languages(app):
            path = catalogue_path(app, code)
            if path.exists():
                yield app, code, load(path, code)


def _needs_text(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags or not entry.translated()


def _unfuzzy(entry: polib.POEntry) -> None:
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None


def missing() -> int:
    count = 0
    for app, lang, po in catalogues():
        for entry in po:
            if not entry.obsolete and _needs_text(entry):
                count += 1
                print(f"{app}/{lang}\t{entry.msgid!r}" + (f"\t(plural {entry.msgid_plural!r})" if entry.msgid_plural else ""))
    return count


def apply(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for lang, table in data.items():
        for _app, _lang, po in catalogues(lang):
            for entry in po:
                if entry.msgid not in table:
                    continue
                value = table[entry.msgid]
                if entry.msgid_plural:
                    forms = value if isinstance(value, list) else [value]
                    entry.msgstr_plural = {i: form for i, form in enumerate(forms)}
                else:
                    entry.msgstr = value
                _unfuzzy(entry)
            po.save()


def _copy_translations(po: polib.POFile, source: polib.POFile, *, overwrite: bool) -> None:
    known = {(e.msgctxt, e.msgid): e for e in source if e.translated() and not e.obsolete}
    for entry in po:
        other = known.get((entry.msgctxt, entry.msgid))
        if other is None or (not overwrite and not _needs_text(entry)):
            continue
        entry.msgstr = other.msgstr
        entry.msgstr_plural = dict(other.msgstr_plural)
        _unfuzzy(entry)


def fill(lang: str, other_path: str) -> None:
    """Fill untranslated or fuzzy entries from another catalogue (e.g. a branch's version)."""
    other = polib.pofile(other_path)
    for _app, _lang, po in catalogues(lang):
        _copy_translations(po, other, overwrite=False)
        po.save()


def _ignored(directory: str, names: list[str]) -> set[str]:
    """What an app's copy leaves out: its catalogue, built files and the site's wiring."""
    skipped = {name for name in names
               if name in ("locale", "__pycache__", "vendor") or name.endswith(".pyc")}
    here = Path(directory).resolve()
    for source in SITE_SOURCES:
        path = ROOT / source
        if path.parent == here and path.name in names:
            skipped.add(path.name)
    return skipped


def extract_app(app: str, workdir: Path, *, keep_existing: bool = True) -> Path:
    """Run makemessages over a copy of one catalogue's sources (an app, or the site's
    SITE_SOURCES) in ``workdir``; returns the locale folder there.

    Only those sources are there, so the catalogue holds exactly the msgids they use; with
    ``keep_existing`` the current catalogue is merged (msgmerge). A copy, not a symlink:
    makemessages writes into any ``locale`` folder it finds next to the sources.
    """
    if app == SITE:
        for source in SITE_SOURCES:
            path, target = ROOT / source, workdir / source
            if path.is_dir():
                shutil.copytree(path, target, ignore=_ignored)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
    else:
        shutil.copytree(ROOT / app, workdir / app, ignore=_ignored)
    locale = workdir / "locale"
    current = catalogue_path(app, "ar").parent.parent.parent
    if keep_existing and current.is_dir():
        shutil.copytree(current, locale, ignore=shutil.ignore_patterns("*.mo"))
    locale.mkdir(exist_ok=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT),
           "DJANGO_SETTINGS_MODULE": "literacy.settings.test"}
    subprocess.run(  # noqa: S603 - our interpreter and manage.py, fixed arguments
        [sys.executable, str(ROOT / "manage.py"), "makemessages",
         *[f"-l{lang}" for lang in languages(app)], "--no-obsolete", "--no-location",
         "-v", "0"],
        cwd=workdir, check=True, env=env,
    )
    if app == SITE:
        _english_from_msgids(locale / "en" / "LC_MESSAGES" / "django.po")
    return locale


def _english_from_msgids(path: Path) -> None:
    po = load(path, "en")
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        _unfuzzy(entry)
    po.save()


def split(source_dir: Path | None) -> None:
    for app in CATALOGUES:
        with tempfile.TemporaryDirectory() as tmp:
            locale = extract_app(app, Path(tmp))
            for lang in languages(app):
                po = load(locale / lang / "LC_MESSAGES" / "django.po", lang)
                if source_dir is not None:
                    old = source_dir / lang / "LC_MESSAGES" / "django.po"
                    if old.exists():
                        _copy_translations(po, polib.pofile(str(old)), overwrite=True)
                target = catalogue_path(app, lang)
                target.parent.mkdir(parents=True, exist_ok=True)
                po.save(str(target))
                todo = sum(1 for e in po if _needs_text(e))
                print(f"{target.relative_to(ROOT)}: {len(po)} entries, {todo} to translate")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["missing"]:
        sys.exit(1 if missing() else 0)
    elif args[:1] == ["apply"] and len(args) == 2:
        apply(args[1])
    elif args[:1] == ["fill"] and len(args) == 3:
        fill(args[1], args[2])
    elif args == ["extract"]:
        split(None)
    elif args[:1] == ["split"] and len(args) == 2:
        split(Path(args[1]))
    else:
        sys.exit(__doc__)
