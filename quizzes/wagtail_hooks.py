"""Admin registrations of the quizzes app, its demo content and its personal data."""

from django.db.models import Sum
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from literacy.security.body_limits import FORM_OVERHEAD

from . import conf
from .conf import app_settings
from .demo_h5p import seed_demo_packages
from .h5p.orphans import clean_h5p_orphans as clean
from .h5p.viewsets import H5PPackageViewSet
from .models import H5PPackage
from .personal_data import sections
from .viewsets import QuizViewSet

register_snippet(QuizViewSet)
register_snippet(H5PPackageViewSet)


@hooks.register("basira_seed_demo")
def seed_h5p_activities():
    return seed_demo_packages()


@hooks.register("basira_personal_data")
def quizzes_personal_data():
    return sections()


@hooks.register("basira_csp_frame_sources")
def h5p_frame_source():
    """The site's pages frame H5P activities from the H5P origin (when there is one).

    Guarded by tests/literacy/test_security_headers.py::test_frames_are_limited_to_the_h5p_origin."""
    origin = (conf.H5P_ORIGIN or "").strip().rstrip("/")
    return [origin] if origin else []


@hooks.register("basira_untrusted_origins")
def h5p_untrusted_origin():
    """Strangers' H5P JavaScript runs on the H5P origin: no websocket opens from there.

    Guarded by tests/literacy/test_socket_origins.py::test_a_socket_from_the_h5p_origin_is_refused."""
    return h5p_frame_source()


@hooks.register("basira_request_body_limits")
def h5p_upload_body_limits():
    """The H5P package upload accepts a body as large as a package (plus the form).

    Guarded by tests/literacy/test_body_limits.py::test_every_url_refuses_a_body_over_its_limit.
    """
    limit = app_settings.H5P_MAX_UPLOAD_BYTES + FORM_OVERHEAD
    return {"wagtailsnippets_quizzes_h5ppackage:add": limit,
            "wagtailsnippets_quizzes_h5ppackage:edit": limit,
            "wagtailsnippetchoosers_quizzes_h5ppackage:create": limit}


@hooks.register("basira_storage_used")
def h5p_storage_used(user):
    """An editor's H5P packages count towards their storage quota (their uploaded size).

    Guarded by tests/literacy/test_upload_limits.py::test_quota_refuses_an_upload_over_it.
    """
    packages = H5PPackage.objects.filter(uploaded_by=user)
    return packages.aggregate(total=Sum("file_size"))["total"] or 0


@hooks.register("basira_clean_orphans")
def clean_h5p_orphans(*, older_than):
    return clean(older_than=older_than)
