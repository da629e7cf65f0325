from modeltranslation.translator import TranslationOptions, register

from ..models import H5PPackage


@register(H5PPackage)
class H5PPackageTranslation(TranslationOptions):
    fields = ("title",)
