"""The admin form of an H5P activity: the .h5p file is validated in clean(), stored in save()."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from literacy.security.disk import disk_errors_as_validation
from literacy.security.quota import check_storage_quota

from .ingest import installed_libraries, store_package
from .staging import stage_package
from .validation import PackageRejected, validate_package


class H5PPackageForm(WagtailAdminModelForm):
    h5p_file = forms.FileField(
        label=_("H5P file"), required=False,
        help_text=_("A .h5p file exported from H5P, with its libraries."),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p,application/zip"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._validated = None
        self._staged = None
        if not self.instance.pk:
            self.fields["h5p_file"].required = True
        for name, field in self.fields.items():
            if name.startswith("title_") and name != "title_ar":
                field.required = False

    def clean_h5p_file(self):
        upload = self.cleaned_data.get("h5p_file")
        if not upload:
            return upload
        # The cheap check first; a replaced package of the editor's own no longer counts.
        user = getattr(self, "for_user", None)
        mine = self.instance.pk and self.instance.uploaded_by_id == getattr(user, "pk", None)
        check_storage_quota(user=user, adding=upload.size,
                            replacing=self.instance.file_size if mine else 0)
        try:
            self._validated = validate_package(upload, installed=installed_libraries())
        except PackageRejected as rejected:
            raise forms.ValidationError(rejected.message, code=rejected.code) from None
        return upload

    def _post_clean(self):
        super()._post_clean()
        if self._validated is not None and not self._errors:
            self._stage()

    def _stage(self):
        """Write the files now, so a full or read-only disk is an error on the file field."""
        try:
            with disk_errors_as_validation():
                self._staged = stage_package(self._validated)
        except forms.ValidationError as refused:
            self._validated = None
            self.add_error("h5p_file", refused)

    def save(self, commit=True):
        instance = super().save(commit=False)
        if self._validated is not None:
            user = getattr(self, "for_user", None)
            return store_package(validated=self._validated, instance=instance, uploaded_by=user,
                                 staged=self._staged)
        if commit:
            instance.save()
            self.save_m2m()
        return instance
