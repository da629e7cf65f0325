"""Wagtail's reference index, updated once per object at the end of a bulk write.

Wagtail updates the index (what the admin's "usage" and delete warnings read) after every
save; seeding the demo saves each page three times (created, revised, published), so a
fifth of ``seed_demo`` went to rewriting the same rows. Inside ``indexed_once()`` those
updates are held and each saved object is indexed once on exit, from its final state, by
Wagtail's own task (which indexes a child row through its parent).
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)
from wagtail.tasks import update_reference_index_task

_UID = "literacy.references.indexed_once"


@contextmanager
def indexed_once():
    if getattr(reference_index_auto_update_disabled, "value", False):
        yield  # the caller turned the index off: it stays off
        return
    saved: dict[tuple[type, str], None] = {}  # ordered, without repeats

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and sender in ReferenceIndex.tracked_models:
            saved[(sender, str(instance.pk))] = None

    post_save.connect(remember, weak=False, dispatch_uid=_UID)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=_UID)
    for model, pk in saved:
        try:
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)
        except model.DoesNotExist:  # deleted since it was saved
            continue
