"""Numbers, percentages, scores, dates and digits as each language writes them.

The one place where Basira turns a value into display text (docs/design.md, "Formatting
policy"); templates use it through the ``basira_format`` filters, scripts through
``script_policy()`` passed as data attributes. Separators and date patterns come from the
format modules in ``literacy/formats/``; this module adds the percent sign, the "score of
maximum" phrase and, when ``LITERACY_ARABIC_DIGITS = "arab"``, Arabic-Indic digits.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import formats, timezone
from django.utils.translation import get_language, gettext

from . import conf

_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
# Between a number and "%": nothing in English, a narrow no-break space in French
# (Imprimerie nationale; what Intl.NumberFormat("fr", {style: "percent"}) writes). Arabic
# with 0-9: a LEFT-TO-RIGHT MARK first, so that "%" stays to the right of the number after
# an Arabic word as in a figure alone (without it, 0-9 after Arabic letters are Arabic
# numbers to the bidi algorithm and "درجتك: 26.4%" shows "%26.4"). With ٠-٩: "٪" then
# ARABIC LETTER MARK (CLDR), so that the sign always sits to the number's left.
_PERCENT = {"fr": "{n}\u202f%", "ar": "\u200e{n}%"}
_ARABIC_PERCENT = "{n}٪\u061c"


def _language() -> str:
    return (get_language() or "ar").split("-")[0]


def uses_arabic_digits() -> bool:
    """True when the active language is Arabic and the site chose Arabic-Indic digits."""
    return _language() == "ar" and conf.ARABIC_DIGITS == "arab"


def digits(text: str) -> str:
    """Text made of Western digits and the format modules' "." and "," written with the
    active language's digits. Only for text this module made: user text keeps its own."""
    text = str(text)
    return text.translate(_ARABIC_INDIC) if uses_arabic_digits() else text


def number(value, decimals: int | None = None, *, fixed: bool = False) -> str:
    """A number with the language's separators: at most ``decimals`` fraction digits
    (trailing zeros dropped unless ``fixed``), integers as they are; "" for None."""
    if value is None or value == "":
        return ""
    try:
        exact = Decimal(str(value))
        if not exact.is_finite():
            raise InvalidOperation
        places = 0 if decimals is None and exact == exact.to_integral() else decimals
        if places is None:
            places = 2
        exact = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # not a finite number: shown as it is
        return str(value)
    if not fixed and places:
        exact = exact.normalize()
        places = max(0, -exact.as_tuple().exponent)
    if exact == 0:
        exact = abs(exact)  # no "-0"
    text = formats.number_format(exact, places, use_l10n=True, force_grouping=True)
    return digits(text)


def percent(value, decimals: int = 0) -> str:
    """``66.7`` → "66.7%" (en), "66,7 %" (fr, narrow no-break space), "66.7%" or "٦٦٫٧٪"
    (ar, by the digits setting, with a direction mark: see _PERCENT); "" for None."""
    if value is None:
        return ""
    pattern = _ARABIC_PERCENT if uses_arabic_digits() else _PERCENT.get(_language(), "{n}%")
    return pattern.format(n=number(value, decimals))


def score_of(score, maximum, decimals: int = 2) -> str:
    """"0.33 of 1": points out of a maximum, both in the language's numbers."""
    return gettext("%(score)s of %(maximum)s") % {
        "score": number(score, decimals), "maximum": number(maximum, decimals),
    }


def file_size(value) -> str:
    """Bytes as people read them, in binary units: "1.5 MB", "512 KB" (fr "Mo", "Ko")."""
    value = int(value or 0)
    if value >= 1024 * 1024:
        return gettext("%(size)s MB") % {"size": number(value / (1024 * 1024), 1)}
    return gettext("%(size)s KB") % {"size": number(-(-value // 1024))}


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def date(value, format_name: str = "DATE_FORMAT") -> str:
    """A date (or the day of a datetime, in the site's time zone): "2 ديسمبر 2026"."""
    if value is None or value == "":
        return ""
    return digits(formats.date_format(_local(value), format_name))


def date_time(value, format_name: str = "DATETIME_FORMAT") -> str:
    """A moment in the site's time zone: "2 ديسمبر 2026، 16:13", "2 December 2026, 16:13"."""
    return date(value, format_name)


def time(value, format_name: str = "TIME_FORMAT") -> str:
    """A time of day, 24-hour clock: "16:13"."""
    if value is None or value == "":
        return ""
    return digits(formats.time_format(_local(value), format_name))


def script_policy() -> dict[str, str]:
    """What page scripts need to format numbers as the server does, as data attributes:
    a BCP 47 locale for Intl.NumberFormat (with its digits) and the percent pattern."""
    language = _language()
    if language == "ar":
        locale = "ar-u-nu-arab" if uses_arabic_digits() else "ar-u-nu-latn"
    else:
        locale = language
    return {"locale": locale, "percent": percent(0).replace(number(0), "{n}", 1)}


class Count(int):
    """An int for ``{% blocktranslate count counter=n|counted %}``: the plural form is
    chosen from the int, and the sentence prints it with the language's digits."""

    def __str__(self) -> str:
        return number(int(self))

    __repr__ = int.__repr__


def counted(value) -> Count:
    return Count(value or 0)
