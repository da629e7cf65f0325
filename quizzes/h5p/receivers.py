"""Remove a package's content files when its row is deleted (libraries stay shared)."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from ..models import H5PPackage
from .ingest import delete_tree


@receiver(post_delete, sender=H5PPackage, dispatch_uid="quizzes_h5p_delete_content")
def delete_package_files(sender, instance, **kwargs):
    path = instance.content_path
    transaction.on_commit(lambda: delete_tree(path))
