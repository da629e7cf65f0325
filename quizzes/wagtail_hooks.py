"""Admin registrations of the quizzes app."""

from wagtail.snippets.models import register_snippet

from .h5p.viewsets import H5PPackageViewSet

register_snippet(H5PPackageViewSet)
