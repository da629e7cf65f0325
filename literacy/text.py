"""Arabic text normalisation for matching and search.

One function, applied the same way to stored text and to what a learner types, so that
spelling variants that Arabic readers treat as the same word match: hamza and alef forms
(أ إ آ ٱ ؤ ئ), alef maqsura (ى/ي), teh marbuta (ة/ه), short vowels and other tashkeel,
tatweel (ـ), and Arabic-Indic or Persian digits. Built on pyarabic's primitives.
"""

import pyarabic.araby as araby

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ALEF_WASLA = str.maketrans({"\u0671": araby.ALEF})
_ALEF_MAQSURA = str.maketrans({araby.ALEF_MAKSURA: araby.YEH})


def normalize_arabic(
    text: str,
    *,
    hamza: bool = True,
    alef_maqsura: bool = True,
    teh_marbuta: bool = True,
    tashkeel: bool = True,
    tatweel: bool = True,
    digits: bool = True,
) -> str:
    """Fold the spelling variants chosen by the flags; other text passes unchanged."""
    if not text:
        return ""
    if tashkeel:
        text = araby.strip_tashkeel(text)
    if tatweel:
        text = araby.strip_tatweel(text)
    if hamza:
        # "tasheel" turns hamza carriers into their plain letters (أ إ آ → ا, ؤ → و, ئ → ي).
        # Not araby.normalize_alef: it also turns ى into ا, which the alef_maqsura flag owns.
        text = araby.normalize_hamza(text, method="tasheel").translate(_ALEF_WASLA)
    if alef_maqsura:
        text = text.translate(_ALEF_MAQSURA)
    if teh_marbuta:
        text = araby.normalize_teh(text)
    if digits:
        text = text.translate(_DIGITS)
    return text


def search_key(text: str) -> str:
    """Every fold on, then case-folded and with collapsed whitespace: for search indexes."""
    return " ".join(normalize_arabic(text).casefold().split())
