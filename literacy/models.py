from django.conf import settings
from django.db import models
from django.shortcuts import resolve_url
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from . import conf
from .accounts.app_identity import choices as app_identity_choices
from .blocks import HomeStreamBlock
from .routing import route_descendant
from .view_restrictions import CachedViewRestrictions


class _CreatableWhenSiteAllows:
    """``HomePage.is_creatable``, read when Wagtail asks (LITERACY_HOME_PAGE_CREATABLE)."""

    def __get__(self, instance, owner):
        return bool(conf.HOME_PAGE_CREATABLE)


class HomePage(CachedViewRestrictions, Page):
    """The site's front page: what Basira is and where to start."""

    # Named, because a host site's own home page is usually a "HomePage" too (`wagtail start`
    # makes home.HomePage): both default reverse accessors would be Page.homepage.
    page_ptr = models.OneToOneField(
        Page, on_delete=models.CASCADE, parent_link=True, auto_created=True,
        primary_key=True, serialize=False, related_name="basira_home_page",
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    is_creatable = _CreatableWhenSiteAllows()

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # URL names from the settings: the core knows no plugin's views.
        context["catalogue_url"] = resolve_url(conf.CATALOGUE_URL)
        context["dashboard_url"] = resolve_url(settings.LOGIN_REDIRECT_URL)
        return context

    def route(self, request, path_components):
        return route_descendant(self, request, path_components)


def _language_choices():
    return settings.LANGUAGES


def _app_identities():
    return app_identity_choices()


class Profile(models.Model):
    """What a learner chose about themselves; the pseudonym is the user's username."""

    user = models.OneToOneField(
        "auth.User", on_delete=models.CASCADE, related_name="basira_profile"
    )
    language = models.CharField(
        _("interface language"), max_length=8, choices=_language_choices, default="ar"
    )
    # The installed app's name and icon (literacy/accounts/app_identity.py).
    app_identity = models.CharField(
        _("installed app's name and icon"), max_length=16, choices=_app_identities,
        default="basira",
    )

    class Meta:
        verbose_name = _("profile")

    def __str__(self):
        return f"{self.user} ({self.language})"


class AccountRecoveryCode(models.Model):
    """One single-use code that lets a learner set a new password without an email address.

    Only a keyed hash is stored (see ``literacy.accounts.recovery``), so a copy of the
    database does not hand out accounts. Kept apart from django-otp's static device, whose
    codes stand in for the *second* factor: see ``recovery`` for why the two never mix.
    """

    user = models.ForeignKey(
        "auth.User", on_delete=models.CASCADE, related_name="basira_recovery_codes"
    )
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("account recovery code")
        constraints = [
            models.UniqueConstraint(fields=["user", "code_hash"], name="unique_recovery_code")
        ]

    def __str__(self):
        return f"{self.user} recovery code"


class SessionOwner(models.Model):
    """Which account a stored session belongs to, written at sign-in.

    Django's session rows hold the user id only inside their encoded data, so ending one
    person's sessions (account deletion) had to decode every session of the site, slower as
    the table grows. Rows of sessions that expired go with ``clear_sessions``.
    """

    session_key = models.CharField(max_length=40, primary_key=True)
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE,
                             related_name="basira_sessions")

    class Meta:
        verbose_name = _("session owner")

    def __str__(self):
        return f"{self.user} session"


class ErasureRecord(models.Model):
    """An account its owner erased (or an administrator deleted), kept so that erasure
    survives a backup restore (``manage.py replay_erasures`` erases the restored row again).

    Holds nothing personal: the account's id (the row erasure keeps) and a keyed hash of
    that id, the pseudonym and the sign-up second, which finds the very same row in a
    restored backup and never another account that got the id after a restore. The
    pseudonym itself is not kept: without the site's secret key the hash names nobody.
    """

    user_id = models.PositiveIntegerField()
    account_key = models.CharField(max_length=64, unique=True)
    erased_on = models.DateField()

    class Meta:
        verbose_name = _("erased account")

    def __str__(self):
        return f"erased account {self.user_id}"


class ExportRecord(models.Model):
    """Who exported what and when (literacy/exports_audit.py): an export of learners' data
    from a cohort, a report, a learner's own data. Never the data exported, never an IP
    address; kept ``LITERACY_EXPORT_AUDIT_DAYS`` days (``manage.py prune_export_audit``).

    ``kind`` and ``file_format`` are the exporting app's words ("matrix", "csv");
    ``scope`` says what the ``targets`` ids are ("cohort", "organisation", or "account"
    with none: the actor's own data). ``rows`` is the number of data rows written (without
    the header), empty when unknown (a download cut short, a page).
    """

    actor = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL,
                              related_name="+")
    kind = models.CharField(max_length=40)
    file_format = models.CharField(max_length=10)
    scope = models.CharField(max_length=20)
    rows = models.PositiveIntegerField(null=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("export record")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["scope", "created_at"], name="export_scope_time")]

    def __str__(self):
        return f"{self.kind}.{self.file_format} at {self.created_at:%Y-%m-%d %H:%M}"


class ExportTarget(models.Model):
    """One object an export covered (a cohort or an organisation, by id: the record
    outlives a deleted cohort)."""

    record = models.ForeignKey(ExportRecord, on_delete=models.CASCADE,
                               related_name="targets")
    object_id = models.PositiveIntegerField(db_index=True)

    class Meta:
        verbose_name = _("export target")

    def __str__(self):
        return f"{self.record_id} → {self.object_id}"


class OfflineRejection(models.Model):
    """Something a learner did offline that the server refused when the phone sent it
    (literacy/offline_queue.py): a quiz whose form went stale (the quiz changed, the
    attempts ran out, the form's token expired, the lesson is closed by pacing) or a
    lesson marked complete that is not open. Kept so that nothing done offline is lost in
    silence: the learner is told, and the record is in their data export.

    ``answers`` is what was sent, the form's fields without its CSRF and attempt tokens:
    ``{"<field name>": ["<value>", ...]}``. ``reasons`` is the translated messages shown.
    """

    user = models.ForeignKey("auth.User", on_delete=models.CASCADE,
                             related_name="offline_rejections")
    kind = models.CharField(max_length=20)  # "quiz" or "lesson"
    title = models.CharField(max_length=255, blank=True)
    path = models.CharField(max_length=255)
    answers = models.JSONField(default=dict)
    reasons = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("refused offline submission")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.kind} {self.title} refused at {self.created_at:%Y-%m-%d %H:%M}"
