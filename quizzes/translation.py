"""Fields translated with django-modeltranslation (Arabic is the fallback)."""

from modeltranslation.translator import TranslationOptions, register

from .h5p.translation import H5PPackageTranslation  # noqa: F401
from .models import Quiz


@register(Quiz)
class QuizTranslation(TranslationOptions):
    fields = ("title", "intro", "questions")
