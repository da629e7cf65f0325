"""Small tool for the catalogues in locale/.

    python scripts/translations.py missing            # list untranslated or fuzzy msgids
    python scripts/translations.py apply FILE.json    # fill msgstrs from {"ar": {...}, "fr": {...}}
    python scripts/translations.py fill LANG OTHER.po # fill untranslated entries from another catalogue

In FILE.json a plural entry is {"msgid": ["form0", "form1", ...]} (six forms for Arabic,
two for French). Headers are normalised (language, plural forms, no fuzzy flag).
"""

import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 && n%100<=99 ? 4 : 5;",
    "fr": "nplurals=2; plural=(n > 1);",
}


def catalogue(lang: str) -> polib.POFile:
    po = polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"), wrapwidth=100)
    po.metadata.update(
        {
            "Project-Id-Version": "Basira",
            "Language": lang,
            "Language-Team": lang,
            "Plural-Forms": HEADERS[lang],
        }
    )
    po.metadata_is_fuzzy = False
    return po


def missing() -> int:
    count = 0
    for lang in HEADERS:
        po = catalogue(lang)
        for entry in po:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags or not entry.translated():
                count += 1
                print(f"{lang}\t{entry.msgid!r}" + (f"\t(plural {entry.msgid_plural!r})" if entry.msgid_plural else ""))
    return count


def apply(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for lang, table in data.items():
        po = catalogue(lang)
        for entry in po:
            if entry.msgid not in table:
                continue
            value = table[entry.msgid]
            if entry.msgid_plural:
                forms = value if isinstance(value, list) else [value]
                entry.msgstr_plural = {i: form for i, form in enumerate(forms)}
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        po.save()


def fill(lang: str, other_path: str) -> None:
    """Fill untranslated or fuzzy entries from another catalogue (e.g. a branch's version)."""
    po = catalogue(lang)
    other = {(e.msgctxt, e.msgid): e for e in polib.pofile(other_path) if e.translated()}
    for entry in po:
        source = other.get((entry.msgctxt, entry.msgid))
        if source is None or (entry.translated() and "fuzzy" not in entry.flags):
            continue
        entry.msgstr = source.msgstr
        entry.msgstr_plural = dict(source.msgstr_plural)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    po.save()


if __name__ == "__main__":
    if sys.argv[1:2] == ["missing"]:
        sys.exit(1 if missing() else 0)
    elif sys.argv[1:2] == ["apply"] and len(sys.argv) == 3:
        apply(sys.argv[2])
    elif sys.argv[1:2] == ["fill"] and len(sys.argv) == 4:
        fill(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
