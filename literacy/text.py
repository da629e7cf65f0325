"""Arabic text helpers of the core: one normaliser for matching and search.

Built on pyarabic's primitives; only the digit folding is a table (Arabic-Indic
٠-٩ and Persian/Urdu ۰-۹ to ASCII), because pyarabic has none.
"""

import re

from pyarabic import araby

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"\s+")


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
    """``text`` with the chosen Arabic spelling variants folded together.

    hamza: أ إ آ ؤ ئ ء and alef forms become plain letters (ا و ي); alef_maqsura: ى → ي;
    teh_marbuta: ة → ه; tashkeel: harakat and shadda removed; tatweel: ـ removed;
    digits: Eastern Arabic and Persian digits become 0-9. Whitespace is collapsed and
    Latin letters are lower-cased in every case.
    """
    if tashkeel:
        text = araby.strip_tashkeel(text)
    if tatweel:
        text = araby.strip_tatweel(text)
    if hamza:
        # normalize_alef would also fold ى into ا; tasheel covers أ إ آ ؤ ئ already.
        text = araby.normalize_hamza(text, method="tasheel").replace("ٱ", "ا")
    if alef_maqsura:
        text = text.replace("ى", "ي")
    if teh_marbuta:
        text = araby.normalize_teh(text)
    if digits:
        text = text.translate(_DIGITS)
    return _SPACES.sub(" ", text).strip().casefold()
