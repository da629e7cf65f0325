from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..security import conf as security_conf
from ..security import throttle
from . import app_identity, recovery
from .pseudonyms import ERASED_PREFIX, is_reserved


class SignUpForm(UserCreationForm):
    """A pseudonym and a password are enough; an email address is optional."""

    email = forms.EmailField(
        label=_("Email address (optional)"),
        required=False,
        help_text=_(
            "Used only to send you a link if you forget your password: no newsletters, "
            "and other learners and facilitators never see it. Leave it empty if this "
            "account must not be linked to you: your recovery codes work without it."
        ),
    )
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")
        labels = {"username": _("Pseudonym")}
        # Django's own messages say "username" (and, in Arabic, another word for
        # password): ours use the site's one word per concept.
        error_messages = {"username": {
            "unique": _("This pseudonym is already taken. Choose another."),
            "invalid": _("Use only letters, digits and @ . + - _ in your pseudonym."),
        }}
        help_texts = {
            "username": _(
                "The name others see, for example on your certificate. It does not have to "
                "be your real name. Letters, digits and @ . + - _ only."
            )
        }

    def clean_username(self):
        username = super().clean_username()
        if is_reserved(username):
            raise forms.ValidationError(
                _("Pseudonyms starting with “%(prefix)s” are reserved. Choose another."),
                code="reserved", params={"prefix": ERASED_PREFIX})
        return username

    def clean_email(self):
        return self.cleaned_data.get("email", "").strip()


class LoginForm(AuthenticationForm):
    """Django's sign-in form, in the site's words: a pseudonym, not a "username"."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("This pseudonym and password do not match. Check both: capital "
                           "letters count."),
    }

    # A phone passed around a family or a class: see literacy/security/shared_devices.py.
    shared_device = forms.BooleanField(label=_("This is a shared device"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Pseudonym")
        self.fields["password"].label = _("Password")
        minutes = max(1, security_conf.SHARED_DEVICE_IDLE_SECONDS // 60)
        self.fields["shared_device"].help_text = ngettext(
            "You are signed out when the browser closes, or after %(minutes)d minute "
            "without activity.",
            "You are signed out when the browser closes, or after %(minutes)d minutes "
            "without activity.",
            minutes,
        ) % {"minutes": minutes}


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)


class AppIdentityForm(forms.Form):
    app_identity = forms.ChoiceField(
        label=_("Name and icon of the installed app"),
        choices=app_identity.choices,
        widget=forms.RadioSelect,
        help_text=_("On a phone others may pick up, a neutral name hides what you study. "
                    "Choose before you add Basira to the home screen: some phones keep "
                    "the first name."),
    )


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


def _locked_error(request, username: str):
    """The sign-in lock-out, shown as the same translated 429 page as the login form's."""
    setattr(request, throttle.LOCKED_ATTRIBUTE, True)
    minutes = throttle.lockout_minutes()
    return forms.ValidationError(
        ngettext(
            "Too many failed attempts. Nothing was changed. Try again in %(minutes)d minute.",
            "Too many failed attempts. Nothing was changed. Try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes},
        code="locked",
    )


class RecoveryForm(forms.Form):
    """Pseudonym, one recovery code and a new password, for a learner without email.

    Guards:
    - Throttled exactly like signing in, on the same counter (keyed HMAC of pseudonym and
      client, nothing stored about the client): wrong codes count as failed sign-ins and a
      locked pair is refused before any code is checked —
      tests/literacy/test_account_recovery.py::test_recovery_locks_after_the_sign_in_limit.
    - The same answer whether or not the pseudonym exists, so the form cannot be used to
      find out who has an account —
      tests/literacy/test_account_recovery.py::test_same_answer_for_an_unknown_pseudonym.
    """

    username = forms.CharField(
        label=_("Pseudonym"), max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "off",
                                      "spellcheck": "false", "dir": "auto"}),
    )
    code = forms.CharField(
        label=_("One of your recovery codes"), max_length=40,
        help_text=_("For example abcde-23456. Each code works once."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "off",
                                      "spellcheck": "false", "dir": "ltr"}),
    )
    new_password1 = forms.CharField(
        label=_("New password"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password2 = forms.CharField(
        label=_("New password again"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = None

    def clean(self):
        cleaned = super().clean()
        username = cleaned.get("username", "")
        if not username or self.errors:
            return cleaned
        if throttle.is_locked(self.request, username):
            raise _locked_error(self.request, username)
        password = cleaned.get("new_password1")
        if password != cleaned.get("new_password2"):
            self.add_error("new_password2", _("The two passwords are not the same."))
            return cleaned
        # Checked against the typed pseudonym, not the account, so that the answer is the
        # same whether or not the account exists.
        stand_in = get_user_model()(username=username)
        try:
            password_validation.validate_password(password, stand_in)
        except forms.ValidationError as error:
            self.add_error("new_password1", error)
            return cleaned
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if not recovery.is_valid(user=user, code=cleaned.get("code", "")):
            throttle.record_failure(self.request, username)
            raise forms.ValidationError(
                _("This pseudonym and recovery code do not match. Nothing was changed. "
                  "Check the code, or use one you have not used yet."),
                code="no_match",
            )
        self.user = user
        return cleaned


class NewRecoveryCodesForm(forms.Form):
    """The password again before new codes replace the old ones: whoever has a learner's
    unlocked screen must not be able to mint codes that open the account later.

    Guard: tests/literacy/test_account_recovery.py::test_new_codes_need_the_password.
    """

    password = forms.CharField(
        label=_("Your password"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        username = user.get_username()
        if throttle.is_locked(self.request, username):
            raise _locked_error(self.request, username)
        if not user.check_password(password):
            throttle.record_failure(self.request, username)
            raise forms.ValidationError(
                _("This is not your password. Your codes were not changed."),
                code="wrong_password",
            )
        return password
