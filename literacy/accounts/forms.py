from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class SignUpForm(UserCreationForm):
    """A pseudonym and a password are enough; an email address is optional."""

    email = forms.EmailField(
        label=_("Email address (optional)"),
        required=False,
        help_text=_(
            "Only used to reset a forgotten password. Leave it empty if you must not link "
            "this account to your identity: nobody will ask for it."
        ),
    )
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")
        labels = {"username": _("Pseudonym")}
        help_texts = {
            "username": _(
                "The name others see, for example on your certificate. It does not have to "
                "be your real name. Letters, digits and @ . + - _ only."
            )
        }

    def clean_username(self):
        from .pseudonyms import ERASED_PREFIX, is_reserved

        username = super().clean_username()
        if is_reserved(username):
            raise forms.ValidationError(
                _("Pseudonyms starting with “%(prefix)s” are reserved. Choose another."),
                code="reserved", params={"prefix": ERASED_PREFIX})
        return username

    def clean_email(self):
        return self.cleaned_data.get("email", "").strip()


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)


class DeleteAccountForm(forms.Form):
    """Deleting is final: the password proves it is the learner, not someone at their
    unlocked screen. Wrong passwords count towards the sign-in throttle, so a borrowed
    session cannot be used to guess the password here either."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = request.user

    def clean_password(self):
        from ..security import throttle

        password = self.cleaned_data["password"]
        username = self.user.get_username()
        if throttle.is_locked(self.request, username):
            minutes = throttle.lockout_minutes()
            raise forms.ValidationError(
                ngettext(
                    "Too many wrong passwords. Nothing was deleted. Try again in %(minutes)d "
                    "minute.",
                    "Too many wrong passwords. Nothing was deleted. Try again in %(minutes)d "
                    "minutes.",
                    minutes,
                ) % {"minutes": minutes},
                code="locked",
            )
        if not self.user.check_password(password):
            throttle.record_failure(self.request, username)
            raise forms.ValidationError(
                _("This is not your password. Nothing was deleted."), code="wrong_password"
            )
        return password
