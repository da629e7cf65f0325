from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _


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

    def clean_email(self):
        return self.cleaned_data.get("email", "").strip()


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)


class DeleteAccountForm(forms.Form):
    """Deleting is final: the password proves it is the learner, not someone at their
    unlocked screen."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("This is not your password. Nothing was deleted."), code="wrong_password"
            )
        return password
