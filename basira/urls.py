"""Everything Basira serves, for a host site's URLconf to include once.

    path("", include("basira.urls")),   # before Wagtail's own catch-all include

Include it outside ``i18n_patterns``: the H5P routes must stay unprefixed (they are served
on their own origin), and the pages follow the language LocaleMiddleware picks (cookie,
then the browser's Accept-Language). The Basira site itself (literacy/urls.py) mounts the
same modules under its language prefixes instead.
"""

from django.urls import include, path

from literacy import views

urlpatterns = [
    path("learn/", include("courses.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("h5p/", include("quizzes.h5p.urls")),
    path("accounts/", include("literacy.accounts.urls")),
    path("security/", include("literacy.security.urls")),
    path("privacy/", views.privacy, name="privacy"),
    # The facilitator area (facilitate/…) and joining a cohort (join/…).
    path("", include("courses.cohorts.urls")),
]
