"""Admin registrations of the quizzes app, and its demo content."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .h5p.viewsets import H5PPackageViewSet
from .viewsets import QuizViewSet

register_snippet(QuizViewSet)
register_snippet(H5PPackageViewSet)


@hooks.register("basira_seed_demo")
def seed_h5p_activities():
    from .demo_h5p import seed_demo_packages

    return seed_demo_packages()
