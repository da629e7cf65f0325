"""Starting a language from the Arabic blocks, so that translators do not rebuild a lesson
by hand: the Arabic body (structure, quizzes, H5P activities, images, glossary terms) is
copied into the empty body of another language, whose texts are then translated in place.

wagtail-modeltranslation's own "Copy content from" buttons look for nested panels that
Wagtail 8's StreamFields no longer have, so they never appear in this admin.
"""

import uuid

from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

ACTION = "action-start-translation-"
HELP = _("To translate the blocks, start the language from the Arabic ones: in the menu of "
         "the save button, choose “Start … from Arabic”. Quizzes, H5P activities and images "
         "are kept; translate the texts.")


def target_languages() -> list[str]:
    fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return [code for code in settings.MODELTRANSLATION_LANGUAGES if code != fallback]


def can_start(page, language: str) -> bool:
    """The Arabic body has blocks and the language's body has none."""
    fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    source = getattr(page, f"body_{fallback}", None)
    target = getattr(page, f"body_{language}", None)
    return bool(source) and target is not None and not target.raw_data


def start_from_arabic(*, page, language: str, user) -> bool:
    """A new draft of ``page`` whose ``language`` body is a copy of the Arabic blocks (new
    block ids). Does nothing and returns False when that body already has blocks: a
    translator's work is never overwritten
    (tests/courses/test_start_translation.py::test_a_started_translation_is_never_overwritten)."""
    if language not in target_languages() or not can_start(page, language):
        return False
    fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    blocks = [dict(block, id=str(uuid.uuid4()))
              for block in getattr(page, f"body_{fallback}").raw_data]
    setattr(page, f"body_{language}", blocks)
    page.save_revision(user=user, log_action=True)
    return True


def language_name(code: str) -> str:
    return get_language_info(code)["name_translated"]
