"""Template filters of the formatting policy (literacy.formatting; docs/design.md).

``{{ value|number:1 }}``, ``{{ value|fixed:1 }}``, ``{{ value|percent:1 }}``, ``{% score_of points maximum %}``,
``{{ when|local_date }}``, ``{{ when|local_datetime }}``, ``{{ when|local_time }}``, and
``{% format_policy_attrs %}`` for an element whose script formats numbers.
"""

from django import template
from django.utils.html import format_html

from .. import formatting

register = template.Library()


@register.filter
def number(value, decimals=None):
    return formatting.number(value, None if decimals in (None, "") else int(decimals))


@register.filter
def fixed(value, decimals=1):
    """Always ``decimals`` places: figures compared side by side ("25.0 (12.1 – 37.9)")."""
    return formatting.number(value, int(decimals), fixed=True)


@register.filter
def percent(value, decimals=0):
    return formatting.percent(value, int(decimals))


@register.simple_tag
def score_of(score, maximum, decimals=2):
    return formatting.score_of(score, maximum, int(decimals))


@register.filter
def local_date(value, format_name="DATE_FORMAT"):
    return formatting.date(value, format_name)


@register.filter
def local_datetime(value, format_name="DATETIME_FORMAT"):
    return formatting.date_time(value, format_name)


@register.filter
def local_time(value, format_name="TIME_FORMAT"):
    return formatting.time(value, format_name)


@register.simple_tag
def format_policy_attrs():
    """data-number-locale and data-percent-pattern, read by the page's script."""
    policy = formatting.script_policy()
    return format_html(' data-number-locale="{}" data-percent-pattern="{}"',
                       policy["locale"], policy["percent"])


@register.filter
def counted(value):
    """For ``{% blocktranslate count counter=n|counted %}`` (the msgid is unchanged)."""
    return formatting.counted(value)
