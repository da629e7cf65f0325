"""Every supported combination of the Basira apps (tests/projects/, docs/design.md,
"Dependencies") passes ``manage.py check`` and migrates from nothing, each in a process
of its own (an app's absence must be seen from the start, not after the suite loaded it).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.once  # its own SQLite files: .ci/run runs it once (pyproject)

ROOT = Path(__file__).resolve().parent.parent
PROJECTS = ["tests.projects.all_apps", "tests.projects.quizzes_only"]


def _manage(project: str, db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": project, "BASIRA_PROJECT_DB": str(db)}
    env.pop("DATABASE_URL", None)  # each project has its own SQLite file
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize("project", PROJECTS)
def test_each_supported_app_set_checks_and_migrates(project, tmp_path):
    db = tmp_path / "db.sqlite3"
    checked = _manage(project, db, "check", "--fail-level", "ERROR")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    migrated = _manage(project, db, "migrate", "--noinput", "-v", "0")
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    apps = _manage(project, db, "shell", "--no-imports", "-c",
                   "from django.apps import apps; print(sorted(a.label for a in "
                   "apps.get_app_configs() if a.label in ('literacy', 'courses', 'quizzes')))")
    expected = ["courses", "literacy", "quizzes"] if project.endswith("all_apps") \
        else ["literacy", "quizzes"]
    assert apps.stdout.strip().splitlines()[-1] == str(expected), apps.stdout + apps.stderr
