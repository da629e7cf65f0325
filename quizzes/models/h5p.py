"""H5P packages, the libraries they share, learners' results and saved state.

Files never live in these rows: they are in the H5P storage (see quizzes/h5p/storage.py),
under ``libraries/<machineName>-<major>.<minor>.<patch>/`` (one copy shared by every
package) and ``content/<package uuid>/`` (h5p.json and the content folder of one package).
"""

import re
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")


class H5PLibrary(models.Model):
    """One H5P library (content type or helper), stored once per machineName-major.minor.

    ``metadata`` is the library's library.json. Its files are replaced (a new
    ``storage_path`` named after their digest) only when an editor chooses so for a package
    bringing other files or a higher patch (quizzes/h5p/library_versions.py); an older patch
    never overwrites.
    """

    machine_name = models.CharField(_("machine name"), max_length=127)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"), default=0)
    title = models.CharField(_("title"), max_length=255, blank=True)
    metadata = models.JSONField(_("library.json"), default=dict)
    storage_path = models.CharField(_("storage path"), max_length=255)
    languages = models.JSONField(_("translations"), default=list, blank=True)
    created_at = models.DateTimeField(_("installed at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="quizzes_h5plibrary_unique_version",
            )
        ]

    def __str__(self):
        return f"{self.machine_name} {self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder_name(self) -> str:
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"


class ImportStatus(models.TextChoices):
    READY = "ready", _("Ready")
    PROCESSING = "processing", _("Being imported")
    FAILED = "failed", _("Import failed")


class H5PPackage(index.Indexed, models.Model):
    """An uploaded .h5p activity (a snippet editors place in lessons with an H5P block).

    ``metadata`` is the package's h5p.json; the content folder is stored under
    ``content/<uuid>/`` in the H5P storage. ``max_score`` caps every reported score.
    """

    title = models.CharField(_("title"), max_length=255)
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sha256 = models.CharField(_("SHA-256 of the uploaded file"), max_length=64, editable=False)
    main_library = models.CharField(_("main library"), max_length=127, editable=False)
    metadata = models.JSONField(_("h5p.json"), default=dict, editable=False)
    libraries = models.ManyToManyField(
        H5PLibrary, related_name="packages", verbose_name=_("libraries"), editable=False
    )
    max_score = models.PositiveIntegerField(
        _("maximum score"), null=True, blank=True,
        help_text=_(
            "Reported scores are capped at this value. Filled in for the content types "
            "Basira knows; set it for the others."
        ),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "A result passes when the activity says so or when its score reaches this "
            "percentage of the maximum score."
        ),
    )
    language = models.CharField(
        _("language of the activity"), max_length=12, blank=True,
        choices=settings.LANGUAGES,
        help_text=_(
            "The language the activity is written in: it sets the direction (right to left "
            "for Arabic) and the font. Leave empty to use the language the package names."
        ),
    )
    file_size = models.PositiveBigIntegerField(_("file size"), default=0, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False, verbose_name=_("uploaded by"),
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    # A large upload is imported by the background worker (quizzes/h5p/imports.py): the
    # row exists (and the previous content, if any, still plays) while it is PROCESSING.
    import_status = models.CharField(
        _("import"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.READY,
        editable=False,
    )
    import_error = models.TextField(_("why the import failed"), blank=True, editable=False)
    import_queued_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("h5p_file"),
        FieldPanel("library_choice"),
        FieldPanel("language"),
        FieldPanel("max_score"),
        FieldPanel("pass_mark"),
    ]

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def content_path(self) -> str:
        return f"content/{self.uuid}"

    def content_language(self, fallback: str) -> str:
        """The editor's choice, else h5p.json's ``language`` (H5P writes "und" when the
        author did not say) or ``defaultLanguage`` (the language the texts were written
        in), else ``fallback`` (the language of the page)."""
        metadata = self.metadata if isinstance(self.metadata, dict) else {}
        for code in (self.language, metadata.get("language"), metadata.get("defaultLanguage")):
            if isinstance(code, str) and LANGUAGE_CODE.fullmatch(code) and code != "und":
                return code.lower()
        return fallback

    @property
    def activity_iri(self) -> str:
        """The xAPI object id the player uses for this package's statements."""
        return f"urn:basira:h5p:{self.pk}"


class H5PResult(models.Model):
    """One result reported by the learner's browser (client-reported: it can be forged).

    ``statement`` keeps only the parts of the xAPI statement that are not about the
    person: ``{"verb": {"id"}, "object": {"id", "definition"?}, "result": {"score":
    {"raw", "max", "scaled"}, "success"?, "completion"?, "duration"?, "response"?}}``.
    ``score`` is clamped to the package's maximum. A row with a ``sub_content_id`` is the
    answer to one part of a compound activity (a question in a Column or a book); its
    statement also has ``"parent"`` (the sub-content id of the part containing it, "" for
    the activity itself). An activity result computed from its parts when the activity
    reports none itself has ``"aggregated": <number of parts>`` (quizzes/h5p/results.py).
    """

    SOURCE_CLIENT = "client"
    SOURCE_CHOICES = [(SOURCE_CLIENT, _("Self-reported by the learner's browser"))]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_results",
        verbose_name=_("learner"),
    )
    package = models.ForeignKey(
        H5PPackage, on_delete=models.CASCADE, related_name="results",
        verbose_name=_("H5P activity"),
    )
    page_id = models.PositiveIntegerField(_("page id"), null=True, blank=True, db_index=True)
    sub_content_id = models.CharField(_("sub-content id"), max_length=64, blank=True,
                                      default="")
    score = models.FloatField(_("score"), null=True, blank=True)
    max_score = models.FloatField(_("maximum score"), null=True, blank=True)
    success = models.BooleanField(_("success"), null=True, blank=True)
    completion = models.BooleanField(_("completed"), default=False)
    passed = models.BooleanField(_("passed"), default=False)
    completes_lesson = models.BooleanField(_("completes the lesson"), default=False)
    source = models.CharField(
        _("source"), max_length=16, choices=SOURCE_CHOICES, default=SOURCE_CLIENT
    )
    statement = models.JSONField(_("xAPI statement"), default=dict)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("H5P result")
        verbose_name_plural = _("H5P results")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "package"])]

    def __str__(self):
        return f"{self.package_id}: {self.score}/{self.max_score}"

    @property
    def is_client_reported(self) -> bool:
        return self.source == self.SOURCE_CLIENT


class H5PUserData(models.Model):
    """Saved learner state of one package (H5P's contentUserData: where they were)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("learner"),
    )
    package = models.ForeignKey(
        H5PPackage, on_delete=models.CASCADE, related_name="user_data",
        verbose_name=_("H5P activity"),
    )
    data_type = models.CharField(_("data type"), max_length=64)
    sub_content_id = models.CharField(_("sub-content id"), max_length=64, default="0")
    data = models.TextField(_("data"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("H5P learner state")
        verbose_name_plural = _("H5P learner states")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "package", "data_type", "sub_content_id"],
                name="quizzes_h5puserdata_unique",
            )
        ]

    def __str__(self):
        return f"{self.package_id}/{self.data_type}/{self.sub_content_id}"
