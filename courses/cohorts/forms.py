"""Forms of the facilitator area and of joining a cohort."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from quizzes.models import Quiz

from ..models.cohorts import Announcement, Cohort
from .invitations import PSEUDONYM_MAX_LENGTH

MAX_INVITATIONS_AT_ONCE = 10


class DateInput(forms.DateInput):
    input_type = "date"


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Join code"), max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters",
                                      "spellcheck": "false", "dir": "ltr"}),
        help_text=_("Your facilitator gives you this code, e.g. ACDE-FGHJ."),
    )


class CohortForm(forms.ModelForm):
    co_facilitators = forms.CharField(
        label=_("Invite co-facilitators"), required=False,
        help_text=_("Pseudonyms of other facilitators, separated by commas. They join the "
                    "cohort once they accept your invitation."),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )

    class Meta:
        model = Cohort
        fields = ["name", "organisation", "courses", "starts_on", "ends_on"]
        widgets = {
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "courses": forms.CheckboxSelectMultiple(),
            "name": forms.TextInput(attrs={"dir": "auto"}),
        }

    def __init__(self, *args, organisations, courses, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["organisation"].queryset = organisations
        self.fields["courses"].queryset = courses
        if self.instance.pk:
            del self.fields["co_facilitators"]

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end date is before the start date."))
        return data

    def clean_co_facilitators(self) -> list[str]:
        """The pseudonyms to invite, as typed: never looked up here, so the form's answer
        is the same whoever they name (courses/cohorts/invitations.py)."""
        names = {n.strip() for n in self.cleaned_data.get("co_facilitators", "").split(",")}
        names.discard("")
        if len(names) > MAX_INVITATIONS_AT_ONCE:
            raise forms.ValidationError(ngettext(
                "Invite at most %(count)s co-facilitator at once.",
                "Invite at most %(count)s co-facilitators at once.",
                MAX_INVITATIONS_AT_ONCE) % {"count": MAX_INVITATIONS_AT_ONCE})
        if any(len(name) > PSEUDONYM_MAX_LENGTH for name in names):
            raise forms.ValidationError(ngettext(
                "A pseudonym has at most %(count)s character.",
                "A pseudonym has at most %(count)s characters.",
                PSEUDONYM_MAX_LENGTH) % {"count": PSEUDONYM_MAX_LENGTH})
        return sorted(names)


class InviteForm(forms.Form):
    pseudonym = forms.CharField(
        label=_("Invite a co-facilitator"), max_length=PSEUDONYM_MAX_LENGTH,
        help_text=_("Their pseudonym. They join the cohort once they accept your invitation."),
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "off",
                                      "autocapitalize": "none", "spellcheck": "false"}),
        error_messages={"required": _("Enter the pseudonym of the facilitator to invite.")},
    )


class CodeForm(forms.Form):
    expires_on = forms.DateField(
        label=_("Code valid until (optional)"), required=False, widget=DateInput()
    )


class AnnouncementForm(forms.ModelForm):
    # Only this cohort's groups are choices: another cohort's group id is a form error.
    group = forms.ModelChoiceField(label=_("To"), queryset=None, required=False,
                                   empty_label=_("The whole cohort"))

    class Meta:
        model = Announcement
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups
        if not groups.exists():
            del self.fields["group"]


class SessionDateForm(forms.Form):
    """Which session the attendance sheet shows (a GET form: dates are bookmarkable)."""

    date = forms.DateField(label=_("Session date"), widget=DateInput())

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.cohort = cohort

    def clean_date(self):
        day = self.cleaned_data["date"]
        if not (self.cohort.starts_on <= day <= self.cohort.ends_on):
            raise forms.ValidationError(
                _("Choose a date between the cohort's start and end dates.")
            )
        return day


class IdListField(forms.Field):
    """Repeated hidden or checkbox values holding user ids."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        try:
            return {int(v) for v in value or ()}
        except (TypeError, ValueError):
            raise forms.ValidationError(
                _("The form was damaged. Reload the page.")) from None


class AttendanceForm(SessionDateForm):
    """The marks of the learners shown on one page of the sheet.

    `shown` lists every learner the facilitator had in front of them, `present` the ones
    ticked: the others shown are absent, and nobody else is touched. Ids of anyone who is
    not a learner of this cohort refuse the whole save
    (test_stranger_or_date_outside_cohort_is_refused_and_keeps_the_ticks)."""

    ACTIONS = {"save", "all", "none"}

    shown = IdListField(required=False)
    present = IdListField(required=False)

    def __init__(self, *args, learner_ids: set[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.learner_ids = learner_ids

    def clean(self):
        data = super().clean()
        shown, present = data.get("shown", set()), data.get("present", set())
        if not shown <= self.learner_ids or not present <= shown:
            raise forms.ValidationError(
                _("Some of these learners are not in this cohort any more. Nothing was "
                  "saved: reload the page and mark them again.")
            )
        action = self.data.get("action", "save")
        if action == "all":
            data["present"] = set(shown)
        elif action == "none":
            data["present"] = set()
        return data


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Check-in code"), max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters",
                                      "spellcheck": "false", "dir": "ltr"}),
        help_text=_("The code your facilitator shows at the start of the session."),
    )


class MoveForm(forms.Form):
    target = forms.TypedChoiceField(label=_("Move to cohort"), coerce=int)

    def __init__(self, *args, cohorts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [(c.pk, c.name) for c in cohorts]


class LiveQuizForm(forms.Form):
    """Pick the quiz to run live with the cohort (``live_picker.quiz_groups``).

    A graded quiz needs ``reveal_graded`` ticked: live play shows its right answers to
    the room. Guard tested by test_a_graded_quiz_needs_the_facilitators_confirmation."""

    quiz = forms.ModelChoiceField(
        label=_("Quiz"), queryset=None, widget=forms.RadioSelect,
        error_messages={"required": _("Choose a quiz."),
                        "invalid_choice": _("Choose one of the quizzes listed.")},
        help_text=_("Each learner's answers are saved as a live attempt in their history; "
                    "for a quiz with a limited number of attempts, it uses one of them."))
    reveal_graded = forms.BooleanField(
        label=_("I understand that a graded quiz played live shows its right answers to "
                "everyone in the room."), required=False)

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = groups
        ids = [quiz.pk for group in groups for quiz in group.quizzes]
        self.fields["quiz"].queryset = Quiz.objects.filter(pk__in=ids)

    def clean(self):
        data = super().clean()
        quiz = data.get("quiz")
        if quiz is not None and quiz.kind == Quiz.Kind.GRADED and \
                not data.get("reveal_graded"):
            self.add_error("reveal_graded", _(
                "This is a graded quiz: confirm that its answers may be shown to the room, "
                "or choose another quiz."))
        return data


class FollowUpForm(forms.Form):
    note = forms.CharField(label=_("Note (optional)"), required=False, max_length=500,
                           widget=forms.TextInput(attrs={"dir": "auto"}))


class GroupNameForm(forms.Form):
    name = forms.CharField(label=_("Name of the group"), max_length=100,
                           widget=forms.TextInput(attrs={"dir": "auto"}))


class BulkForm(forms.Form):
    """An action on the learners selected on the dashboard matrix (`ids`), or on every
    learner of the page shown (`page_ids` with `whole_page`)."""

    ACTIONS = [("announce", _("Send an announcement")), ("group", _("Move to a group")),
               ("export", _("Export (CSV)"))]

    ids = IdListField(required=False)
    page_ids = IdListField(required=False)
    whole_page = forms.BooleanField(label=_("Every learner on this page"), required=False)
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    body = forms.CharField(label=_("Announcement"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))
    # A plain id: the service checks that it is one of the cohort's groups.
    group = forms.IntegerField(label=_("Group"), required=False, widget=forms.Select)
    new_group = forms.CharField(label=_("Or a new group"), required=False, max_length=100,
                                widget=forms.TextInput(attrs={"dir": "auto"}))
    query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    def __init__(self, *args, groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].widget.choices = [("", _("No group"))] + [
            (str(g.pk), g.name) for g in groups]

    def clean(self):
        data = super().clean()
        chosen = data.get("page_ids") if data.get("whole_page") else data.get("ids")
        if not chosen:
            raise forms.ValidationError(_("Select at least one learner."))
        data["chosen"] = chosen
        if data.get("action") == "announce" and not (data.get("body") or "").strip():
            self.add_error("body", _("Write the announcement."))
        return data
