import pytest

from literacy.text import normalize_arabic, search_key

pytestmark = pytest.mark.once  # pure code: .ci/run runs it once (pyproject)


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("أمان", "امان"),
        ("إسلام", "اسلام"),
        ("آمن", "امن"),
        ("ٱلله", "الله"),
        ("مسؤول", "مسوول"),
        ("سائق", "سايق"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("العَرَبِيَّةُ", "العربيه"),
        ("عـــربي", "عربي"),
        ("٢٠٢٦ و۱۲", "2026 و12"),
    ],
)
def test_real_words_fold_to_one_spelling(variant, expected):
    assert normalize_arabic(variant) == expected


def test_flags_turn_single_folds_off():
    assert normalize_arabic("مستشفى", alef_maqsura=False) == "مستشفى"
    assert normalize_arabic("مدرسة", teh_marbuta=False) == "مدرسة"
    assert normalize_arabic("أمان", hamza=False) == "أمان"
    assert normalize_arabic("عَرَبي", tashkeel=False) == "عَرَبي"
    assert normalize_arabic("عـربي", tatweel=False) == "عـربي"
    assert normalize_arabic("٣", digits=False) == "٣"


def test_latin_text_and_empty_pass_through():
    assert normalize_arabic("Lateral reading 2FA") == "Lateral reading 2FA"
    assert normalize_arabic("") == ""
    assert search_key("  Two-Factor   أمان ") == "two-factor امان"
