"""Admin registrations of the quizzes app, its demo content and its personal data."""

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


@hooks.register("basira_personal_data")
def quizzes_personal_data():
    from .personal_data import sections

    return sections()


@hooks.register("basira_clean_orphans")
def clean_h5p_orphans(*, older_than):
    from .h5p.orphans import clean_h5p_orphans as clean

    return clean(older_than=older_than)
