"""Forms of the facilitator area and of joining a cohort."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from literacy.accounts.pseudonyms import shown

from ..models.cohorts import Announcement, Cohort
from .conf import setting


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
        label=_("Co-facilitators"), required=False,
        help_text=_("Pseudonyms of other facilitators, separated by commas."),
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

    def clean_co_facilitators(self):
        names = [n.strip() for n in self.cleaned_data.get("co_facilitators", "").split(",")
                 if n.strip()]
        User = get_user_model()
        users = list(User.objects.filter(
            username__in=names, is_active=True,
            groups__name=setting("COURSES_FACILITATORS_GROUP"),
        ).exclude(pk=self.user.pk).distinct())
        unknown = set(names) - {u.username for u in users} - {self.user.username}
        if unknown:
            raise forms.ValidationError(
                _("No facilitator has the pseudonym %(names)s.")
                % {"names": ", ".join(sorted(unknown))}
            )
        return users


class CodeForm(forms.Form):
    expires_on = forms.DateField(
        label=_("Code valid until (optional)"), required=False, widget=DateInput()
    )


class AnnouncementForm(forms.ModelForm):
    class Meta:
        model = Announcement
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}


class AttendanceForm(forms.Form):
    session_date = forms.DateField(label=_("Session date"), widget=DateInput())
    present = forms.TypedMultipleChoiceField(
        label=_("Who came"), coerce=int, required=False,
        widget=forms.CheckboxSelectMultiple(),
    )

    def __init__(self, *args, cohort, learners, **kwargs):
        super().__init__(*args, **kwargs)
        self.cohort = cohort
        self.fields["present"].choices = [(uid, shown(name)) for uid, name in learners]

    def clean_session_date(self):
        day = self.cleaned_data["session_date"]
        if not (self.cohort.starts_on <= day <= self.cohort.ends_on):
            raise forms.ValidationError(
                _("Choose a date between the cohort's start and end dates.")
            )
        return day


class MoveForm(forms.Form):
    target = forms.TypedChoiceField(label=_("Move to cohort"), coerce=int)

    def __init__(self, *args, cohorts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [(c.pk, c.name) for c in cohorts]


class LiveQuizForm(forms.Form):
    """Pick the quiz to run live with the cohort (any quiz of the question bank)."""

    quiz = forms.ModelChoiceField(
        label=_("Quiz"), queryset=None, empty_label=_("Choose a quiz"),
        help_text=_("Each learner's answers are saved as a live attempt in their history; "
                    "for a quiz with a limited number of attempts, it uses one of them."))

    def __init__(self, *args, quizzes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quiz"].queryset = quizzes
