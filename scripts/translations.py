"""Small tool for the apps' catalogues (``<app>/locale/<lang>/LC_MESSAGES/django.po``).

Each app (literacy, courses, quizzes) carries its own catalogue, so an installed wheel is
translated; a msgid used by two apps is in both catalogues.

    python scripts/translations.py missing            # list untranslated or fuzzy msgids
    python scripts/translations.py apply FILE.json    # fill msgstrs from {"ar": {...}, "fr": {...}}
    python scripts/translations.py fill LANG OTHER.po # fill untranslated entries from another catalogue
    python scripts/translations.py extract            # refresh every app catalogue from the source
    python scripts/translations.py split [DIR]        # old project-wide catalogues -> app catalogues

``split`` reads project-wide catalogues in the old layout (``DIR/<lang>/LC_MESSAGES/django.po``,
default ``locale/``, e.g. after merging branches that still added strings there), extracts
each app's msgids from its source, writes each app's catalogue with the translations of DIR
(which win) and of the app's current catalogue, then deletes DIR when it is ``locale/``.
It can be re-run at any time. ``extract`` is the same without DIR (``make catalogues``).

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
HEADERS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 && n%100<=99 ? 4 : 5;",
    "fr": "nplurals=2; plural=(n > 1);",
}
LANGS = tuple(HEADERS)


def catalogue_path(app: str, lang: str, root: Path = ROOT) -> Path:
    return root / app / "locale" / lang / "LC_MESSAGES" / "django.po"


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
    """(app, lang, POFile) for every app catalogue that exists."""
    for app in APPS:
        for code in (lang,) if lang else LANGS:
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


def extract_app(app: str, workdir: Path, *, keep_existing: bool = True) -> Path:
    """Run makemessages over a copy of one app's source in ``workdir``; returns the locale
    folder there.

    Only the app is there, so the catalogue holds exactly the msgids the app uses; with
    ``keep_existing`` the app's current catalogue is merged (msgmerge). A copy, not a
    symlink: makemessages writes into any ``locale`` folder it finds next to the sources.
    """
    shutil.copytree(ROOT / app, workdir / app, ignore=shutil.ignore_patterns(
        "locale", "__pycache__", "*.pyc", "vendor"))
    locale = workdir / "locale"
    if keep_existing and (ROOT / app / "locale").is_dir():
        shutil.copytree(ROOT / app / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))
    locale.mkdir(exist_ok=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT),
           "DJANGO_SETTINGS_MODULE": "literacy.settings.test"}
    subprocess.run(  # noqa: S603 - our interpreter and manage.py, fixed arguments
        [sys.executable, str(ROOT / "manage.py"), "makemessages",
         *[f"-l{lang}" for lang in LANGS], "--no-obsolete", "--no-location", "-v", "0"],
        cwd=workdir, check=True, env=env,
    )
    return locale


def split(source_dir: Path | None) -> None:
    for app in APPS:
        with tempfile.TemporaryDirectory() as tmp:
            locale = extract_app(app, Path(tmp))
            for lang in LANGS:
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
    if source_dir is not None and source_dir.resolve() == (ROOT / "locale").resolve():
        shutil.rmtree(source_dir)
        print("removed locale/ (the apps' catalogues replace it; `git rm -r locale` to record it)")


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
    elif args[:1] == ["split"] and len(args) <= 2:
        split(Path(args[1]) if len(args) == 2 else ROOT / "locale")
    else:
        sys.exit(__doc__)
