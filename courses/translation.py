"""Fields translated with django-modeltranslation; Arabic is the fallback language."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    CourseIndexPage,
    CoursePage,
    GlossaryTerm,
    LessonPage,
    LocalResource,
    ModulePage,
    Topic,
)


@register(CourseIndexPage)
class CourseIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CoursePage)
class CoursePageTranslation(TranslationOptions):
    fields = ("summary", "outcomes", "cover_alt")


@register(ModulePage)
class ModulePageTranslation(TranslationOptions):
    fields = ("summary",)


@register(LessonPage)
class LessonPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "definition")


@register(LocalResource)
class LocalResourceTranslation(TranslationOptions):
    fields = ("name", "note")
