"""Fields translated with django-modeltranslation (Arabic is the fallback)."""

from .h5p.translation import H5PPackageTranslation  # noqa: F401
