"""Remove what interrupted uploads left behind; never a file a row refers to. Safe to run again.

- ``.partial-*`` files under MEDIA_ROOT (a write cut short: literacy/security/disk.py);
- Wagtail's image, rendition and document files that no row names (stored while a form was
  validated, then the row was never saved);
- Django's spooled upload files (``tmp*.upload*``) a killed worker left in the temporary
  folder;
- whatever plugins report through the ``basira_clean_orphans`` hook (H5P staging folders
  and unreferenced package folders).

Only what has not changed for ``--older-than`` minutes (60) goes, so an upload in progress
is never touched. Guarded by
tests/literacy/test_disk_errors.py::test_clean_orphan_uploads_removes_leftovers_and_keeps_referenced_files.
"""

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from literacy.security.disk import PARTIAL_PREFIX


def _old_files(folder: Path, pattern: str, cutoff: float, *, recursive=True):
    if not folder.is_dir():
        return
    for path in (folder.rglob(pattern) if recursive else folder.glob(pattern)):
        try:
            if path.is_file() and not path.is_symlink() and path.lstat().st_mtime < cutoff:
                yield path
        except FileNotFoundError:
            continue


def _referenced_media() -> dict[str, set[str]]:
    """Wagtail's own media folders and the file names their rows hold."""
    image_model = get_image_model()
    rendition_model = image_model.get_rendition_model()
    return {
        "original_images": set(image_model.objects.values_list("file", flat=True)),
        "images": set(rendition_model.objects.values_list("file", flat=True)),
        "documents": set(get_document_model().objects.values_list("file", flat=True)),
    }


class Command(BaseCommand):
    help = ("Remove partial files, unreferenced uploads and temporary packages that "
            "interrupted uploads left behind. Files referenced by a row are never removed.")

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, default=60, metavar="MINUTES",
                            help="Only remove what has not changed for this long (60).")

    def handle(self, *args, older_than, **options):
        cutoff = time.time() - older_than * 60
        media = Path(settings.MEDIA_ROOT)
        removed = [str(path) for path in _old_files(media, f"{PARTIAL_PREFIX}*", cutoff)]
        for folder, referenced in _referenced_media().items():
            removed += [
                str(path) for path in _old_files(media / folder, "*", cutoff)
                if not path.name.startswith(PARTIAL_PREFIX)  # counted above
                and path.relative_to(media).as_posix() not in referenced
            ]
        spool = Path(getattr(settings, "FILE_UPLOAD_TEMP_DIR", None) or tempfile.gettempdir())
        removed += [str(path) for path in _old_files(spool, "tmp*.upload*", cutoff,
                                                     recursive=False)]
        for path in removed:
            Path(path).unlink(missing_ok=True)
        for clean in hooks.get_hooks("basira_clean_orphans"):
            removed += clean(older_than=timedelta(minutes=older_than)) or []
        for line in removed:
            self.stdout.write(f"removed {line}")
        self.stdout.write(f"removed: {len(removed)}")
