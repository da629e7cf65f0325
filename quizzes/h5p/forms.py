"""The admin form of an H5P activity: the .h5p file is validated in clean(), stored in save()."""

import io

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from literacy.security.disk import disk_errors_as_validation
from literacy.security.quota import check_storage_quota

from ..models.h5p import ImportStatus
from .imports import goes_to_worker, import_state, queue_import
from .ingest import installed_libraries, store_package
from .library_versions import (
    CHOICE_LABELS,
    DECISION_NEEDED,
    KEEP,
    REPLACE,
    library_changes,
)
from .staging import (
    forget_pending_upload,
    keep_pending_upload,
    read_pending_upload,
    stage_package,
)
from .validation import PackageRejected, validate_package

PENDING_SALT = "basira.h5p.pending-upload"
PENDING_MAX_AGE = 3600  # clean_orphan_uploads removes staging folders an hour old


class H5PPackageForm(WagtailAdminModelForm):
    h5p_file = forms.FileField(
        label=_("H5P file"), required=False,
        help_text=_("A .h5p file exported from H5P, with its libraries."),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p,application/zip"}),
    )
    # "keep:<signed pending upload>" or "replace:<…>": offered only once the editor has seen
    # what the package would change in the stored libraries (quizzes/h5p/library_versions.py).
    library_choice = forms.CharField(
        label=_("Stored libraries"), required=False, widget=forms.RadioSelect,
        help_text=_("Asked only when the package's libraries differ from the stored ones."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._validated = None
        self._staged = None
        self._replace = frozenset()
        self._pending = None
        self._queued = None  # the kept upload's name, when the worker imports it
        self._size = 0
        self._show_import_state()
        for name, field in self.fields.items():
            if name.startswith("title_") and name != "title_ar":
                field.required = False
        if "pass_mark" in self.fields:  # left empty: the model's default
            self.fields["pass_mark"].required = False

    def clean_pass_mark(self):
        value = self.cleaned_data.get("pass_mark")
        return self.instance._meta.get_field("pass_mark").default if value is None else value

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("h5p_file")
        choice, pending = self._decision(cleaned.get("library_choice"))
        if upload:
            data = upload.read()
            upload.seek(0)
        elif pending:
            data = read_pending_upload(pending)
            if data is None:
                self.add_error("h5p_file", _("The upload waiting for your choice has expired; "
                                             "upload the file again."))
                return cleaned
        elif not self.instance.pk and "h5p_file" not in self.errors:
            self.add_error("h5p_file", forms.ValidationError(
                forms.Field.default_error_messages["required"], code="required"))
            return cleaned
        else:
            return cleaned
        self._check_package(data, choice=choice, pending=pending)
        return cleaned

    def _check_package(self, data: bytes, *, choice: str | None, pending: str | None):
        # The cheap check first; a replaced package of the editor's own no longer counts.
        user = getattr(self, "for_user", None)
        mine = self.instance.pk and self.instance.uploaded_by_id == getattr(user, "pk", None)
        try:
            check_storage_quota(user=user, adding=len(data),
                                replacing=self.instance.file_size if mine else 0)
            validated = validate_package(io.BytesIO(data), installed=installed_libraries())
        except PackageRejected as rejected:
            self.add_error("h5p_file", forms.ValidationError(rejected.html,
                                                             code=rejected.code))
            return
        except forms.ValidationError as refused:
            self.add_error("h5p_file", refused)
            return
        changes = library_changes(validated, package=self.instance)
        # A library no other activity uses is replaced as H5P would: nobody else changes.
        shared = [change for change in changes if change.activities]
        if shared and choice is None:
            self._ask(shared, pending or keep_pending_upload(data))
            return
        self._validated = validated
        self._pending = pending
        self._replace = frozenset(
            change.key for change in changes if not change.activities or choice == REPLACE
        )
        if goes_to_worker(len(data)):  # validated here, written by the worker
            self._queued = pending or keep_pending_upload(data)
            self._size = len(data)

    def _show_import_state(self):
        """Tell the editor where a worker's import stands (quizzes/h5p/imports.py)."""
        field = self.fields.get("h5p_file")
        if field is None or not self.instance.pk:
            return
        status, reason = import_state(self.instance)
        if status == ImportStatus.PROCESSING:
            field.help_text = _("The last file uploaded is being imported. Reload this page "
                                "in a moment; learners see the activity once it is ready.")
        elif status == ImportStatus.FAILED:
            field.help_text = _("The last file uploaded could not be imported: %(reason)s") \
                % {"reason": reason}

    def _ask(self, changes, pending: str):
        """Show what would change and offer the choice, keeping the upload meanwhile."""
        token = signing.dumps({"name": pending, "user": self._user_pk()}, salt=PENDING_SALT)
        self.fields["library_choice"].widget.choices = [
            (f"{choice}:{token}", CHOICE_LABELS[choice]) for choice in (KEEP, REPLACE)
        ]
        self.add_error("h5p_file", forms.ValidationError(
            [DECISION_NEEDED, *(change.describe() for change in changes)],
            code="library_decision",
        ))

    def _decision(self, value: str | None) -> tuple[str | None, str | None]:
        """(keep or replace, the pending upload's name) from a choice this editor was
        offered; a forged or stale token, or another editor's, counts as no choice.
        Guarded by tests/quizzes/test_h5p_library_versions.py::
        test_a_forged_or_foreign_choice_is_not_a_decision."""
        choice, _sep, token = (value or "").partition(":")
        if choice not in (KEEP, REPLACE):
            return None, None
        try:
            signed = signing.loads(token, salt=PENDING_SALT, max_age=PENDING_MAX_AGE)
        except signing.BadSignature:
            return None, None
        if not isinstance(signed, dict) or signed.get("user") != self._user_pk():
            return None, None
        name = signed.get("name")
        return (choice, name) if isinstance(name, str) and name.isalnum() else (None, None)

    def _user_pk(self):
        return getattr(getattr(self, "for_user", None), "pk", None)

    def _post_clean(self):
        super()._post_clean()
        if self._validated is not None and not self._errors and self._queued is None:
            self._stage()

    def _stage(self):
        """Write the files now, so a full or read-only disk is an error on the file field."""
        try:
            with disk_errors_as_validation():
                self._staged = stage_package(self._validated, replace=self._replace)
        except forms.ValidationError as refused:
            self._validated = None
            self.add_error("h5p_file", refused)

    def save(self, commit=True):
        instance = super().save(commit=False)
        if self._queued is not None:
            return self._save_for_worker(instance)
        if self._validated is not None:
            user = getattr(self, "for_user", None)
            package = store_package(validated=self._validated, instance=instance,
                                    uploaded_by=user, staged=self._staged,
                                    replace=self._replace)
            if self._pending:
                forget_pending_upload(self._pending)
            return package
        if commit:
            instance.save()
            self.save_m2m()
        return instance

    def _save_for_worker(self, instance):
        """Save the activity as it is now (its previous content, if any, still plays) and
        queue the import of the new file. Guarded by tests/quizzes/
        test_h5p_worker_import.py::test_a_large_upload_is_imported_by_the_worker."""
        if not instance.title:
            instance.title = self._validated.title[:255] or self._validated.main_library
        instance.file_size = self._size  # counts towards the quota while it waits
        user = getattr(self, "for_user", None)
        if getattr(user, "pk", None):
            instance.uploaded_by = user
        instance.save()
        self.save_m2m()
        queue_import(package=instance, pending=self._queued, replace=self._replace)
        return instance
