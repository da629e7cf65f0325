"""Account verbs: sign up with a pseudonym, set the interface language."""

from django.conf import settings
from django.db import transaction
from django.urls import translate_url

from ..models import Profile
from .app_identity import IDENTITIES


def profile_for(user) -> Profile:
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


def language_of(user) -> str:
    """The user's interface language, read only: a page that merely shows it must not
    create the profile (a GET writes nothing: tests/*/test_url_security.py::
    test_a_get_changes_nothing)."""
    language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    return language or Profile._meta.get_field("language").default


@transaction.atomic
def set_language(*, user, language: str) -> Profile:
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValueError(language)
    profile = profile_for(user)
    if profile.language != language:
        profile.language = language
        profile.save(update_fields=["language"])
    return profile


def language_home(language: str, path: str = "/") -> str:
    """`path` (a local path, any language prefix) under `language`'s prefix."""
    translated = translate_url(path, language)
    if not translated.startswith(f"/{language}/"):
        return f"/{language}/"
    return translated


@transaction.atomic
def set_app_identity(*, user, identity: str) -> Profile:
    """The installed app's name and icon (app_identity.IDENTITIES)."""
    if identity not in IDENTITIES:
        raise ValueError(identity)
    profile = profile_for(user)
    if profile.app_identity != identity:
        profile.app_identity = identity
        profile.save(update_fields=["app_identity"])
    return profile


def app_identity_of(user) -> str:
    """Read only, as language_of."""
    key = Profile.objects.filter(user=user).values_list("app_identity", flat=True).first()
    return key or Profile._meta.get_field("app_identity").default
