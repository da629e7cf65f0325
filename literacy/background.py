"""Work that runs beside the request: django-tasks, with the backend the site chooses.

With the immediate backend (the default; `make run` is one process) a task runs inside the
request that enqueues it. In production the database backend (django-tasks-db) queues it
and one worker process (`manage.py db_worker`, deploy/systemd/basira-worker.service) runs
it, together with Wagtail's own tasks. Code that would keep a person waiting asks
``runs_later()`` and, when true, enqueues and shows a page that waits for the result.

A task that builds a file for someone (a large export) stores it with ``save_prepared``:
under ``LITERACY_PREPARED_FILES_ROOT``, outside MEDIA_ROOT and never served by the proxy,
named by a random token; only the person it was built for may download it (the views
that serve it check the task's ``owner_id``), and ``clean_prepared_files`` removes it
after ``LITERACY_PREPARED_FILES_HOURS``.
"""

import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django_tasks import task_backends

from . import conf


def runs_later(alias: str = "default") -> bool:
    """Whether a task enqueued now runs in another process (so its result must be awaited
    on a page of its own) rather than at once."""
    return task_backends[alias].supports_get_result


def prepared_root() -> Path:
    return Path(conf.PREPARED_FILES_ROOT or Path(settings.MEDIA_ROOT).parent
                / "prepared-files")


def prepared_storage() -> FileSystemStorage:
    # No base_url: these files are only ever streamed by a view that checks the owner.
    return FileSystemStorage(location=prepared_root(), base_url=None)


def save_prepared(*, handle, suffix: str) -> str:
    """Store a finished file (an open binary handle) under a random name; the name."""
    name = f"{secrets.token_urlsafe(18)}.{suffix}"
    return prepared_storage().save(name, handle)


def clean_prepared_files(*, now: float | None = None) -> list[str]:
    """Remove prepared files older than LITERACY_PREPARED_FILES_HOURS (in subfolders too:
    certificates); their paths."""
    root = prepared_root()
    if not root.is_dir():
        return []
    cutoff = (now or time.time()) - conf.PREPARED_FILES_HOURS * 3600
    removed = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed.append(str(path))
    return removed
