"""The URLs of a site that installs literacy and quizzes only."""

from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from literacy import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("quizzes/", include("quizzes.urls")),
    path("h5p/", include("quizzes.h5p.urls")),
    path("accounts/", include("literacy.accounts.urls")),
    path("security/", include("literacy.security.urls")),
    path("privacy/", views.privacy, name="privacy"),
    path("", include(wagtail_urls)),
]
