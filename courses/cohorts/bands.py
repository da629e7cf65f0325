"""Score bands of the dashboard's matrix: a module's best score is low, middling or high.

Thresholds are COURSES_SCORE_BANDS (percent; default 50 and 80): below the first is low,
below the second middling, else high. The score is rounded first, as the cell shows it,
so a cell reading "50%" is never in the low band. The dashboard's script sets the same
class from a live event's `band` (cohort-dashboard.js `updateCell`).
"""

from django.utils.translation import gettext as _

from literacy import formatting

from .. import conf

BANDS = ("low", "mid", "high")


def thresholds() -> tuple[int, int]:
    low, high = conf.SCORE_BANDS
    return int(low), int(high)


def band(score: float | None) -> str | None:
    if score is None:
        return None
    low, high = thresholds()
    shown = round(score)
    if shown < low:
        return "low"
    return "mid" if shown < high else "high"


def legend() -> list[dict]:
    """The bands with words for the legend (whole percents, bounds included)."""
    low, high = thresholds()
    percent = formatting.percent
    return [
        {"band": "low", "label": _("Low: up to %(upto)s") % {"upto": percent(low - 1)}},
        {"band": "mid", "label": _("Middle: %(from)s to %(upto)s") % {
            "from": percent(low), "upto": percent(high - 1)}},
        {"band": "high", "label": _("High: %(from)s or more") % {"from": percent(high)}},
    ]
