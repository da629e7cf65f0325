"""Finding learners on the dashboard matrix: search, filters, sort and page size.

All GET parameters of one plain form (`MatrixQuery`), so a view is a bookmarkable URL
that the pager links and the live script keep. The dashboard has already computed every
row of the cohort (`dashboard.build`, a fixed number of queries), so filtering and
sorting are plain Python over those rows: no query more, whatever the filters.
"""

from datetime import UTC, datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from literacy.formatting import percent
from literacy.text import search_key

from .. import conf
from .dashboard import BY_SEVERITY, REASONS, Dashboard, Row

PAGE_SIZES = (25, 50, 100, 200)
STATUSES = {
    "not_started": _("Not started"),
    "in_progress": _("In progress"),
    "complete": _("Complete"),
}
# Score bands (percent of the best score): (low inclusive, high exclusive).
BANDS = {
    "none": (_("No score yet"), None),
    "low": (_("Below %(high)s"), (0, 50)),
    "mid": (_("%(low)s to %(high)s"), (50, 80)),
    "high": (_("%(low)s and above"), (80, 101)),
}


def band_label(key: str) -> str:
    """The band's label, its bounds written as the language writes percentages."""
    label, bounds = BANDS[key]
    if bounds is None:
        return str(label)
    low, high = bounds
    return str(label) % {"low": percent(low), "high": percent(high if key == "low" else
                                                                high - 1)}


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class MatrixQuery(forms.Form):
    q = forms.CharField(label=_("Search by pseudonym"), required=False, max_length=100,
                        widget=forms.TextInput(attrs={"type": "search", "dir": "auto",
                                                      "autocomplete": "off"}))
    module = forms.TypedChoiceField(label=_("Module"), required=False, coerce=int,
                                    empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)
    band = forms.ChoiceField(label=_("Score"), required=False)
    inactive = forms.IntegerField(label=_("Inactive for at least (days)"), required=False,
                                  min_value=1, max_value=3650)
    reason = forms.ChoiceField(label=_("Needs attention"), required=False)
    group = forms.ChoiceField(label=_("Group"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)
    dir = forms.ChoiceField(label=_("Order"), required=False, choices=[
        ("asc", _("Ascending")), ("desc", _("Descending"))])
    per_page = forms.TypedChoiceField(label=_("Learners per page"), required=False,
                                      coerce=int, empty_value=None,
                                      choices=[(n, n) for n in PAGE_SIZES])

    def __init__(self, data, *, board: Dashboard, groups=()):
        super().__init__(data)
        modules = [(m.id, f"{i}. {m.title}") for i, m in enumerate(board.modules, 1)]
        self.fields["module"].choices = [("", _("Every module"))] + modules
        self.fields["status"].choices = [("", _("Any status"))] + list(STATUSES.items())
        self.fields["band"].choices = [("", _("Any score"))] + [
            (key, band_label(key)) for key in BANDS]
        self.fields["reason"].choices = [("", _("Everyone")), ("any", _("Any reason"))] + [
            (code, REASONS[code].label) for code in BY_SEVERITY]
        self.fields["group"].choices = [("", _("Every group")), ("none", _("No group"))] + [
            (str(g.pk), g.name) for g in groups]
        self.fields["sort"].choices = [
            ("", _("Pseudonym")), ("progress", _("Progress")),
            ("last_active", _("Last activity"))] + [
            (f"module-{module_id}", label) for module_id, label in modules]
        self.board = board

    def clean_per_page(self):
        return self.cleaned_data.get("per_page") or conf.DASHBOARD_PAGE_SIZE

    def clean_group(self):
        value = self.cleaned_data.get("group")
        return int(value) if value and value != "none" else value

    @property
    def active(self) -> bool:
        """Whether any filter narrows the rows (to say "n of N learners")."""
        data = getattr(self, "cleaned_data", {})
        return any(data.get(key) for key in ("q", "status", "band", "inactive", "reason",
                                             "group"))

    @property
    def refined(self) -> bool:
        """Whether anything beyond the search was asked (the more-filters box opens)."""
        return any(self.data.get(name) for name in self.fields if name != "q")

    def page_size(self) -> int:
        return getattr(self, "cleaned_data", {}).get("per_page") or conf.DASHBOARD_PAGE_SIZE

    def rows(self, *, now=None) -> list[Row]:
        """The board's rows that pass the valid filters, in the chosen order (an invalid
        field is reported by the form and ignored here)."""
        self.is_valid()
        data = self.cleaned_data
        rows = self.board.rows
        index = self._module_index(data.get("module"))
        words = search_key(data.get("q") or "").split()
        if words:
            rows = [row for row in rows if all(word in row.search_key for word in words)]
        if data.get("status"):
            rows = [row for row in rows if _status(row, index) == data["status"]]
        if data.get("band"):
            rows = [row for row in rows if _in_band(_score(row, index), data["band"])]
        if data.get("inactive"):
            now = now or timezone.now()
            rows = [row for row in rows
                    if (now - (row.last_active or row.joined_at)).days >= data["inactive"]]
        if data.get("reason"):
            code = data["reason"]
            rows = [row for row in rows
                    if row.reasons and (code == "any" or code in dict(row.reasons))]
        if data.get("group"):
            wanted = None if data["group"] == "none" else data["group"]
            rows = [row for row in rows if row.group_id == wanted]
        key = self._sort_key(data.get("sort") or "")
        if key is not None or data.get("dir") == "desc":
            rows = sorted(rows, key=key or (lambda row: row.search_key),
                          reverse=data.get("dir") == "desc")
        return rows

    def _module_index(self, module_id) -> int | None:
        for i, module in enumerate(self.board.modules):
            if module.id == module_id:
                return i
        return None

    def _sort_key(self, sort: str):
        if sort == "progress":
            return lambda row: (row.done, _number(row.score))
        if sort == "last_active":
            return lambda row: row.last_active or EPOCH
        if sort.startswith("module-"):
            index = self._module_index(int(sort.removeprefix("module-")))
            return lambda row: (row.cells[index].done, _number(row.cells[index].score))
        return None


def _number(score) -> float:
    return -1 if score is None else score


def _status(row: Row, index: int | None) -> str:
    if index is None:
        complete, started = row.complete, row.started
    else:
        cell = row.cells[index]
        complete, started = cell.complete, cell.done > 0 or cell.score is not None
    return "complete" if complete else "in_progress" if started else "not_started"


def _score(row: Row, index: int | None):
    return row.score if index is None else row.cells[index].score


def _in_band(score, band: str) -> bool:
    bounds = BANDS[band][1]
    if bounds is None:
        return score is None
    return score is not None and bounds[0] <= score < bounds[1]


def sort_links(params, modules) -> dict:
    """Column key → the URL sorting by it (the other way when it is the current sort) and
    its `aria-sort` state, keeping the other parameters (the page goes back to 1)."""
    current, direction = params.get("sort", ""), params.get("dir", "asc")
    links = {}
    for key in ["", "progress", "last_active"] + [f"module-{m.id}" for m in modules]:
        query = params.copy()
        query.pop("page", None)
        sorted_here = current == key
        query["sort"] = key
        query["dir"] = "desc" if sorted_here and direction != "desc" else "asc"
        links[key or "pseudonym"] = {
            "url": "?" + query.urlencode(),
            "aria": ("descending" if direction == "desc" else "ascending")
            if sorted_here else None,
        }
    links["modules"] = [(module, links[f"module-{module.id}"]) for module in modules]
    return links
