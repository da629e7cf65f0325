"""Site wiring: the one place that composes the core and the plugins."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.http import require_POST
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import LogoutView as AdminLogoutView
from wagtail.documents import urls as wagtaildocs_urls

from literacy import offline, quick_exit, views
from literacy.accounts.views import web_manifest
from literacy.security.shared_devices import clears_site_data

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    # Where the quick exit goes unless LITERACY_QUICK_EXIT_URL names another address: a
    # path with nothing of Basira in it, outside the language prefixes.
    path("weather/", quick_exit.neutral_page, name="neutral_page"),
    # static/manifest.webmanifest with the installed app's name the learner chose.
    path("manifest.webmanifest", web_manifest, name="web_manifest"),
    # The service worker at the root, so that its scope is the whole site (offline.py).
    path("sw.js", offline.service_worker, name="service_worker"),
    # Wagtail's logout view refuses GET with 405 but still deletes the session cookie, so a
    # cross-site link could sign editors out: only POST reaches it.
    path("admin/logout/", require_POST(clears_site_data(AdminLogoutView.as_view()))),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("h5p/", include("quizzes.h5p.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("privacy/", views.privacy, name="privacy"),
    # Shown by the service worker offline for a page not saved (offline.py).
    path("offline/", offline.fallback_page, name="offline_fallback"),
    path("security/", include("literacy.security.urls")),
    path("accounts/", include("literacy.accounts.urls")),
    path("learn/", include("courses.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("", include("courses.cohorts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# After the language-prefixed routes: /de/…, /es-mx/… and other languages we do not
# serve fall back to the Arabic site instead of a 404 or a 500.
urlpatterns += [
    re_path(
        r"^(?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)/(?P<rest>.*)$",
        views.unknown_language,
    ),
]
