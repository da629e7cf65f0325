"""Each editor's uploads stay within a storage quota (``LITERACY_STORAGE_QUOTA_BYTES``).

What counts: the bytes of every image and document the editor uploaded (Wagtail records
``uploaded_by_user`` and ``file_size``), plus what plugins report through the
``basira_storage_used`` hook (quizzes: the editor's H5P packages). Renditions are not
counted: they are derived, bounded by the originals and rebuilt on demand.

Superusers are exempt: they administer the site (and its disk) and could raise the quota
anyway; the quota bounds what one editor's account, or someone who took it over, can fill.

The check runs in the upload forms (a translated form error saying how much is used and
allowed); the forms of plugins call ``check_storage_quota`` themselves.
"""

from django import forms
from django.db.models import Sum
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from literacy import formatting

from . import conf
from .uploads import SafeDocumentForm, SafeImageForm

HOOK_NAME = "basira_storage_used"


def _total(queryset) -> int:
    return queryset.aggregate(total=Sum("file_size"))["total"] or 0


def storage_used(user) -> int:
    """Bytes of everything ``user`` uploaded and that is still stored."""
    used = _total(get_image_model().objects.filter(uploaded_by_user=user))
    used += _total(get_document_model().objects.filter(uploaded_by_user=user))
    return used + sum(hook(user) for hook in hooks.get_hooks(HOOK_NAME))


def check_storage_quota(*, user, adding: int, replacing: int = 0) -> None:
    """Raise a translated ValidationError when ``adding`` bytes (in place of ``replacing``
    bytes of this user's) would take ``user`` over the quota.

    Guarded by tests/literacy/test_upload_limits.py::test_quota_refuses_an_upload_over_it.
    """
    quota = conf.STORAGE_QUOTA_BYTES
    if quota is None or user is None or user.is_superuser:
        return
    used = storage_used(user)
    if used - replacing + adding > quota:
        raise forms.ValidationError(
            gettext("This file (%(size)s) would take your uploads over your storage quota: "
                    "you have used %(used)s of %(allowed)s. Delete files you no longer "
                    "need, or ask an administrator.") % {
                "size": formatting.file_size(adding), "used": formatting.file_size(used),
                "allowed": formatting.file_size(quota)},
            code="storage_quota",
        )


class StorageQuotaMixin:
    """For Wagtail's image and document forms (they receive ``user``): a new or replaced
    file must fit in the uploader's quota."""

    def __init__(self, *args, **kwargs):
        self.quota_user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload and "file" in self.changed_data and getattr(upload, "size", None):
            instance = self.instance
            mine = instance.pk and instance.uploaded_by_user_id == getattr(
                self.quota_user, "pk", None)
            try:
                check_storage_quota(user=self.quota_user, adding=upload.size,
                                    replacing=(instance.file_size or 0) if mine else 0)
            except forms.ValidationError as error:
                self.add_error("file", error)
        return cleaned


class QuotaImageForm(StorageQuotaMixin, SafeImageForm):
    """``WAGTAILIMAGES_IMAGE_FORM_BASE``: the safe image form, within the quota."""


class QuotaDocumentForm(StorageQuotaMixin, SafeDocumentForm):
    """``WAGTAILDOCS_DOCUMENT_FORM_BASE``: the document form that turns a full disk into a
    form error, within the quota (checked in ``clean``, before the file is written)."""
