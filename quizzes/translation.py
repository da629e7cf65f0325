"""Fields translated with django-modeltranslation (Arabic is the fallback)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Quiz


@register(Quiz)
class QuizTranslation(TranslationOptions):
    fields = ("title", "intro", "questions")
