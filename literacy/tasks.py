"""Periodic cleanup, run by the background worker (literacy/background.py).

`manage.py enqueue_cleanup` queues these; in production a systemd timer runs it hourly
(deploy/systemd/basira-cleanup.timer), and the worker that runs Wagtail's tasks runs them.
Each calls the management command an operator would run by hand, so the two never drift.
They return what they did, which the worker stores as the task's result.
"""

import io

from django.core.management import call_command
from django_tasks import task, task_backends

from .background import clean_prepared_files


def _last_line(command: str, **options) -> str:
    out = io.StringIO()
    call_command(command, stdout=out, **options)
    lines = out.getvalue().strip().splitlines()
    return lines[-1] if lines else ""


@task()
def clear_expired_sessions() -> str:
    """Expired sessions and their owners' index rows (literacy/sessions)."""
    return _last_line("clear_sessions")


@task()
def clean_orphan_uploads(older_than: int = 60) -> str:
    """Partial files, unreferenced uploads, spooled bodies and temporary H5P packages
    (quizzes/h5p/staging.py, through the ``basira_clean_orphans`` hook)."""
    return _last_line("clean_orphan_uploads", older_than=older_than)


@task()
def remove_old_prepared_files() -> str:
    return f"removed: {len(clean_prepared_files())}"


@task()
def prune_task_results(days: int = 1) -> str:
    """Finished task results in the worker's queue (a day is the shortest age the
    package's command takes), when the site queues in the database."""
    try:
        from django_tasks_db.backend import DatabaseBackend  # late: an optional package
    except ImportError:
        return "no database queue"
    if not isinstance(task_backends["default"], DatabaseBackend):
        return "no database queue"
    call_command("prune_db_task_results", min_age_days=days, queue_name="*", verbosity=0)
    return "pruned"


CLEANUP_TASKS = (clear_expired_sessions, clean_orphan_uploads, remove_old_prepared_files,
                 prune_task_results)
