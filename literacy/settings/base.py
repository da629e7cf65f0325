"""Settings shared by every environment. Environment-specific modules import from here."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False

INSTALLED_APPS = [
    # wagtail-modeltranslation registers Page's fields first, so it comes before
    # modeltranslation, our apps (whose pages subclass Page) and the Wagtail apps.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    # Our apps before Wagtail's, so that their templates win.
    "literacy",
    "courses",
    "quizzes",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # daphne replaces runserver with an ASGI server; it must precede staticfiles.
    "daphne",
    "channels",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Two-factor authentication: TOTP apps and single-use recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    # The background worker's queue (literacy/background.py): a table of task results.
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: an oversized body is refused from its length before anything reads it (the
    # CSRF middleware parses every POST). Limits: LITERACY_REQUEST_BODY_LIMIT(S) below.
    "literacy.security.body_limits.BodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The H5P origin serves package files only (see quizzes/h5p/middleware.py).
    "quizzes.h5p.middleware.H5POriginMiddleware",
    "literacy.security.headers.ContentSecurityPolicyMiddleware",
    "literacy.security.headers.PermissionsPolicyMiddleware",
    # LITERACY_ONION_LOCATION: pages name their .onion address for Tor Browser.
    "literacy.security.onion.OnionLocationMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's Wagtail site from the content cache instead of a query (literacy/sites.py).
    "literacy.sites.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Shared phones: signed-in pages are never stored; idle shared-device sessions end.
    "literacy.security.shared_devices.PrivatePagesMiddleware",
    "literacy.security.shared_devices.SharedDeviceMiddleware",
    # Staff pages, exports and downloads never carry the offline mark (literacy/offline.py).
    "literacy.offline.OfflineGuardMiddleware",
    # Before any view (and the CSRF check, which runs as the view is called): NUL and
    # other control characters are a translated 400.
    "literacy.security.characters.InvalidCharactersMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "literacy.security.middleware.TwoFactorMiddleware",
    "literacy.security.throttle.LoginLockoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "literacy.urls"
WSGI_APPLICATION = "literacy.wsgi.application"
ASGI_APPLICATION = "literacy.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The site's own base.html, 404.html and 500.html (not part of the plugin set).
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Connections persist for a minute; each request first checks that its connection still
# works (a restarted PostgreSQL otherwise turns the first request of every worker into a 500).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search backend uses PostgreSQL's full-text search there.
    INSTALLED_APPS.append("django.contrib.postgres")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first and the fallback for every translated field.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("en", _("English")),
    ("fr", _("French")),
]
# Each app carries its catalogue (<app>/locale/), found through INSTALLED_APPS; the site's
# own strings (these settings, templates/) are in locale/, which wins over the apps'.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# Dates and numbers per language (docs/design.md, "Formatting policy").
FORMAT_MODULE_PATH = ["literacy.formats"]

MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_LANGUAGES = ("ar", "en", "fr")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("ar",)
# One slug per page in every language: routing stays Wagtail's own (indexed by
# url_path) instead of the patched route that walks every child page.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
# The site's own icons and web app manifest, and the generated (ignored) static/vendor/.
STATICFILES_DIRS = [BASE_DIR / "static"]
# Learner pages link one stylesheet (literacy/static_bundle.py): these, in cascade order,
# served as literacy/css/bundle.css.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "literacy.static_bundle.BundleFinder",
]
LITERACY_STYLESHEET_BUNDLE = [
    "literacy/css/layout.css",
    "literacy/css/quick-exit.css",
    "literacy/css/basira.css",
    "courses/css/courses.css",
    "quizzes/css/quizzes.css",
]
# Inlined in every learner page (allowed by its CSP hash) so the first paint waits for no
# stylesheet; the bundle above then loads without blocking it (literacy/static_bundle.py).
LITERACY_CRITICAL_STYLESHEETS = [
    "literacy/css/layout.css",
    "literacy/css/quick-exit.css",
    "literacy/css/basira.css",
    "courses/css/courses.css",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    # Files appear under their name only once fully written (literacy/security/disk.py).
    "default": {"BACKEND": "literacy.security.disk.AtomicFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

LOGIN_URL = "accounts:login"
# A learner signs in to carry on: their dashboard. New learners start at the catalogue.
LOGIN_REDIRECT_URL = "courses:dashboard"
LITERACY_CATALOGUE_URL = "courses:catalogue"
LOGOUT_REDIRECT_URL = "/"
# The login throttle runs first: a locked username+client never reaches the password check.
AUTHENTICATION_BACKENDS = [
    "literacy.security.throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Wagtail
# Translated: the admin's title and welcome read "بصيرة" for an Arabic editor.
WAGTAIL_SITE_NAME = _("Basira")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Wagtail's own form with a translated password label (its field has none).
WAGTAILADMIN_USER_LOGIN_FORM = "literacy.admin_login.AdminLoginForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Saving a video link never makes the server contact the video site: YouTube and Vimeo
# links are read from their shape; other sites only with COURSES_VIDEO_OEMBED = True.
WAGTAILEMBEDS_FINDERS = [{"class": "courses.video_embeds.PrivateVideoFinder"}]
# Lesson diagrams are SVG (small, sharp on every screen); they are served as files.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
# ...but an SVG carrying script, handlers or external loads is refused at upload, and
# documents and media are served sandboxed (literacy/security/uploads.py).
# (literacy.security.quota.QuotaImageForm is that form within the editor's storage quota.)
WAGTAILIMAGES_IMAGE_FORM_BASE = "literacy.security.quota.QuotaImageForm"

# Bounded uploads (docs/design.md, "Bounded input"). Each file type has its own limit,
# refused with a form error; the URLs that take them accept bodies that large (plus the
# form's fields), every other URL LITERACY_REQUEST_BODY_LIMIT (literacy/security/conf.py).
# A field photo from a phone is 3-12 MB; 50 megapixels decode to 200 MB in memory.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents learners open: office files and PDFs, nothing a computer runs. Guarded by
# tests/literacy/test_upload_limits.py::test_a_document_outside_the_allow_list_is_refused.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv",
                          "epub"]
# ...and each editor's uploads in all stay within LITERACY_STORAGE_QUOTA_BYTES.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "literacy.security.quota.QuotaDocumentForm"
# Django's own caps, kept consistent with the body limits: the page editor's fields
# (the editor URLs' body limit), and files held in memory, above every non-upload body
# limit so that an ordinary request never spools to disk (checked in literacy/checks.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)

# Channels: in-memory by default; REDIS_URL switches to Redis (production, CI).
REDIS_URL = os.environ.get("REDIS_URL", "")
# Timeouts of the channel layer's Redis connections, chosen rather than inherited:
# - connect 1 s: an unreachable Redis fails a live update within a second (it is then
#   logged and skipped) instead of holding the learner's request;
# - no read timeout: every open socket waits on Redis with a blocking pop of 5 s
#   (channels-redis's `brpop_timeout`), which Redis itself ends. redis-py 8 defaults to a
#   5 s read timeout, which closed every idle socket (1011, "Timeout reading"); any read
#   timeout makes redis-py send through `asyncio.wait_for`, which on Python 3.11 can
#   swallow the cancellation of a closing socket's receive (fixed in 3.12), and with a
#   timeout longer than the pop that receive then never ends. TCP keepalive notices a
#   Redis host that went away without closing its connections.
#   Tested by tests/courses/test_sockets_stay_up.py (idle) and the refused-socket tests
#   of test_cohort_consumer.py (cancellation, PostgreSQL + Redis run).
REDIS_CHANNEL_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": None,
                         "socket_keepalive": True}
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            # channels-redis with a bounded, blocking pool (literacy/channel_layer.py).
            "BACKEND": "literacy.channel_layer.BoundedRedisChannelLayer",
            "CONFIG": {"hosts": [{"address": REDIS_URL, **REDIS_CHANNEL_OPTIONS}]},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# Background tasks (django-tasks; Wagtail's own tasks, cleanup, large exports): run at once
# inside the request here, so that `make run` is one process. Production queues them in
# the database for `manage.py db_worker` (literacy/settings/production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Sessions are read from the cache (written through to the database) when the cache is
# shared by every process (Redis): a signed-in page then skips the session query. With a
# per-process cache a session ended in one process would live on in the others' caches.
if REDIS_URL:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# This site's front page is Basira's own HomePage (a host site keeps its own home page).
LITERACY_HOME_PAGE_CREATABLE = True
# Digits of the Arabic interface: "latn" (0-9, the default) or "arab" (٠-٩).
LITERACY_ARABIC_DIGITS = os.environ.get("LITERACY_ARABIC_DIGITS", "latn")

# Safety on a watched phone: where the quick exit goes (empty: the site's neutral page),
# and the onion service Tor Browser is offered (README, "Tor and onion services").
LITERACY_QUICK_EXIT_URL = os.environ.get("LITERACY_QUICK_EXIT_URL", "")
LITERACY_ONION_LOCATION = os.environ.get("LITERACY_ONION_LOCATION", "")

# Privacy and security (issue 7). Defaults live in literacy/security/conf.py; these are the
# values this site chooses.
# No IP address or user agent is stored anywhere unless this is turned on.
LITERACY_STORE_CLIENT_DATA = os.environ.get("LITERACY_STORE_CLIENT_DATA", "0") == "1"
# Every account erasure is also appended here, outside the database, so that a restored
# backup can be erased again (`manage.py replay_erasures`, deploy/backup-restore.md).
LITERACY_ERASURE_JOURNAL = os.environ.get("LITERACY_ERASURE_JOURNAL", "")
# H5P content may be served from its own origin (quizzes/conf.py owns the default); the CSP's
# frame-src allows exactly getattr(settings, "QUIZZES_H5P_ORIGIN", "") (or 'self' when empty:
# H5P served from this origin). Set here only when the environment gives it.
if os.environ.get("QUIZZES_H5P_ORIGIN"):
    QUIZZES_H5P_ORIGIN = os.environ["QUIZZES_H5P_ORIGIN"]
# Where H5P files are kept on disk (default: h5p-files next to MEDIA_ROOT).
if os.environ.get("QUIZZES_H5P_FILES_ROOT"):
    QUIZZES_H5P_FILES_ROOT = Path(os.environ["QUIZZES_H5P_FILES_ROOT"])

# Content-Security-Policy for the site's own pages (django-csp 4). No inline script or
# style anywhere; literacy.security.headers adds frame-src from QUIZZES_H5P_ORIGIN and
# gives the Wagtail admin the looser policy it needs (see ADMIN_CONTENT_SECURITY_POLICY).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (/admin/) emits inline initialisation scripts (the page editor alone
# runs three: InlinePanel, date/time widgets, telepath), which a nonce cannot reach without
# forking its templates; its widgets set style attributes, it previews uploads from blob:
# URLs and frames its own page previews. So it gets this policy, only under /admin/ (which
# also requires two-factor authentication); tests/browser/test_security_headers.py checks
# the editor runs under it without a violation.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", "blob:"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Two-factor authentication (django-otp). The issuer names the entry in the learner's
# authenticator app; the pseudonym is deliberately left out of it.
OTP_TOTP_ISSUER = "Basira"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "basira": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
