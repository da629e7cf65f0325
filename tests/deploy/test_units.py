"""The systemd units of deploy/ give every Basira process what the production settings
require; read from the files, so this runs in every test run (no stack needed)."""

from pathlib import PurePosixPath

import pytest

from .test_nginx import DEPLOY, unit_environment

UNITS = ["basira-web.service", "basira-ws.service", "basira-worker.service",
         "basira-cleanup.service"]


@pytest.mark.parametrize("unit", UNITS)
def test_every_unit_names_the_erasure_journal_outside_the_checkout(unit):
    """Erasures made after a backup survive its restore only through the journal
    (deploy/backup-restore.md): every process that may erase or replay writes the same
    file, in the units' state folder, off the checkout, uploads and database."""
    journal = PurePosixPath(unit_environment(unit)["LITERACY_ERASURE_JOURNAL"])
    assert journal.is_absolute()
    assert journal.parent == PurePosixPath("/var/lib/basira")
    text = (DEPLOY / "systemd" / unit).read_text()
    assert "StateDirectory=basira\n" in text  # made and made writable by systemd
    assert unit_environment(unit)["DJANGO_SETTINGS_MODULE"] == "literacy.settings.production"
