"""Subset the self-hosted font to the characters Basira's languages use.

The @fontsource files cover Persian, Urdu and other scripts too; a learner on a slow,
metered connection should not pay for them. fontTools keeps every glyph the kept
characters can turn into (Arabic joining forms, ligatures) through the layout closure.
"""

import sys
from pathlib import Path

from fontTools import subset

SOURCE = Path("node_modules/@fontsource/ibm-plex-sans-arabic/files")
TARGET = Path("static/vendor/fonts")
FACES = {
    # Arabic letters, digits and punctuation, tashkeel, tatweel, ZWNJ/ZWJ and bidi marks.
    "basira-arabic.woff2": ("ibm-plex-sans-arabic-arabic-400-normal.woff2",
                            "U+0600-06FF,U+200C-200F,U+FD3E-FD3F"),
    # ASCII, Latin-1 (French accents) and common punctuation.
    "basira-latin.woff2": ("ibm-plex-sans-arabic-latin-400-normal.woff2",
                           "U+0020-007E,U+00A0-00FF,U+0152-0153,U+2013-2014,U+2018-201E,"
                           "U+2022,U+2026,U+20AC"),
}


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for target, (source, unicodes) in FACES.items():
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False  # hinting is for old Windows rasterisers; it doubles the size
        font = subset.load_font(str(SOURCE / source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
        subsetter.subset(font)
        subset.save_font(font, str(TARGET / target), options)
        print(f"{target}: {(TARGET / target).stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
