"""The formatting policy (docs/design.md): numbers, percentages, decimals, scores, dates,
times and digits, per language, and both values of LITERACY_ARABIC_DIGITS."""

import datetime as dt

import pytest
from django.template import engines
from django.utils import translation

from literacy import formatting

NNBSP = "\u202f"
MOMENT = dt.datetime(2026, 12, 2, 16, 13, tzinfo=dt.UTC)


def render(source, **context):
    return engines["django"].from_string("{% load i18n basira_format %}" + source).render(context)


@pytest.fixture
def arabic_digits(settings):
    settings.LITERACY_ARABIC_DIGITS = "arab"


@pytest.mark.parametrize(("language", "expected"), [
    ("ar", ["1,234,567.89", "66.7", "0.33", "12"]),
    ("en", ["1,234,567.89", "66.7", "0.33", "12"]),
    ("fr", [f"1{NNBSP}234{NNBSP}567,89", "66,7", "0,33", "12"]),
])
def test_numbers_and_decimals(language, expected):
    with translation.override(language):
        shown = [formatting.number(1234567.891, 2), formatting.number(66.66, 1),
                 formatting.number(1 / 3, 2), formatting.number(12)]
    assert shown == expected


def test_trailing_zeros_are_dropped_and_no_minus_zero():
    assert formatting.number(100.0, 1) == "100"
    assert formatting.number(2.50, 2) == "2.5"
    assert formatting.number(-0.0001, 1) == "0"
    assert formatting.number(None) == ""


@pytest.mark.parametrize(("language", "expected"), [
    ("ar", ["\u200e66.7%", "\u200e100%"]),
    ("en", ["66.7%", "100%"]),
    ("fr", [f"66,7{NNBSP}%", f"100{NNBSP}%"]),
])
def test_percentages(language, expected):
    with translation.override(language):
        assert [formatting.percent(66.666, 1), formatting.percent(100)] == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("ar", "0.33 من 1"), ("en", "0.33 of 1"), ("fr", "0,33 sur 1"),
])
def test_score_of_maximum(language, expected):
    with translation.override(language):
        assert formatting.score_of(1 / 3, 1) == expected


@pytest.mark.parametrize(("language", "day", "moment", "short"), [
    ("ar", "2 ديسمبر 2026", "2 ديسمبر 2026، 16:13", "02/12/2026 16:13"),
    ("en", "2 December 2026", "2 December 2026, 16:13", "02/12/2026 16:13"),
    ("fr", "2 décembre 2026", "2 décembre 2026, 16:13", "02/12/2026 16:13"),
])
def test_dates_and_times(language, day, moment, short):
    """One date format per language, month named, 24-hour clock (no "م" or "PM")."""
    with translation.override(language):
        assert formatting.date(MOMENT) == day
        assert formatting.date(MOMENT.date()) == day
        assert formatting.date_time(MOMENT) == moment
        assert formatting.date_time(MOMENT, "SHORT_DATETIME_FORMAT") == short
        assert formatting.time(MOMENT) == "16:13"


def test_western_digits_are_the_default_for_arabic():
    with translation.override("ar"):
        assert not formatting.uses_arabic_digits()
        assert formatting.script_policy() == {"locale": "ar-u-nu-latn",
                                              "percent": "\u200e{n}%"}


def test_arabic_indic_digits_when_chosen(arabic_digits):
    with translation.override("ar"):
        assert formatting.number(1234567.891, 2) == "١٬٢٣٤٬٥٦٧٫٨٩"
        assert formatting.percent(66.666, 1) == "٦٦٫٧٪\u061c"
        assert formatting.score_of(1 / 3, 1) == "٠٫٣٣ من ١"
        assert formatting.date(MOMENT) == "٢ ديسمبر ٢٠٢٦"
        assert formatting.date_time(MOMENT) == "٢ ديسمبر ٢٠٢٦، ١٦:١٣"
        assert formatting.time(MOMENT) == "١٦:١٣"
        assert formatting.script_policy() == {"locale": "ar-u-nu-arab", "percent": "{n}٪\u061c"}


def test_arabic_digits_setting_leaves_english_and_french_alone(arabic_digits):
    with translation.override("en"):
        assert formatting.percent(66.666, 1) == "66.7%"
    with translation.override("fr"):
        assert formatting.date(MOMENT) == "2 décembre 2026"


def test_counted_chooses_the_plural_form_and_prints_the_digits(arabic_digits):
    source = ("{% blocktranslate count counter=n|counted %}{{ counter }} minute"
              "{% plural %}{{ counter }} minutes{% endblocktranslate %}")
    with translation.override("ar"):
        assert render(source, n=12) == "١٢ دقيقة"
    with translation.override("fr"):
        assert render(source, n=1) == "1 minute"
        assert render(source, n=12) == "12 minutes"


@pytest.mark.parametrize(("language", "expected"), [
    ("ar", "\u200e66.7% · 0.5 من 2 · 2 ديسمبر 2026"),
    ("fr", f"66,7{NNBSP}% · 0,5 sur 2 · 2 décembre 2026"),
])
def test_template_filters_follow_the_policy(language, expected):
    with translation.override(language):
        shown = render("{{ p|percent:1 }} · {% score_of s m %} · {{ d|local_date }}",
                       p=66.66, s=0.5, m=2, d=MOMENT)
    assert shown == expected


def test_scripts_get_the_policy_as_data_attributes():
    with translation.override("fr"):
        html = render("<div{% format_policy_attrs %}>")
    assert html == f'<div data-number-locale="fr" data-percent-pattern="{{n}}{NNBSP}%">'


@pytest.mark.parametrize(("language", "singular", "plural"), [
    ("fr", "1 leçon terminée sur 3 (33\u202f%)", "2 leçons terminées sur 3 (67\u202f%)"),
    ("en", "1 of 3 lessons complete (33%)", "2 of 3 lessons complete (67%)"),
    ("ar", "اكتمل درس واحد من 3 (\u200e33%)", "اكتمل درسان من 3 (\u200e67%)"),
])
def test_progress_label_agrees_with_the_lessons_done(language, singular, plural):
    """French and Arabic agree "lesson(s)" with the lessons done ("1 leçon terminée")."""
    source = '{% include "courses/includes/progress.html" %}'
    with translation.override(language):
        one = render(source, done=1, total=3, percent=33)
        two = render(source, done=2, total=3, percent=67)
    assert singular in one
    assert plural in two


def test_values_that_are_not_numbers_are_shown_as_they_are():
    assert formatting.number(float("nan"), 1) == "nan"
    assert formatting.number("n/a") == "n/a"
    assert formatting.percent(None) == ""
