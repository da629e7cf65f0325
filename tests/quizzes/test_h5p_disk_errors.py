"""H5P uploads on a failing disk leave nothing; a killed import's leftovers are cleaned, rows' files kept."""

import errno
import io
import os
import time
import uuid

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from literacy.security.disk import STORAGE_REFUSED
from literacy.security.testing import login_verified
from quizzes.h5p.ingest import ingest_package, installed_libraries
from quizzes.h5p.staging import stage_package
from quizzes.h5p.validation import validate_package
from quizzes.models import H5PLibrary, H5PPackage
from tests.disk_faults import files_under, fill_disk, make_read_only

from ..factories import UserFactory
from .h5p_packages import fixture_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    admin = UserFactory(username="editor", is_staff=True, is_superuser=True)
    login_verified(client, admin)
    return admin


def post_package(client):
    return client.post(reverse("wagtailsnippets_quizzes_h5ppackage:add"), {
        "title_ar": "نشاط", "title_en": "Activity", "title_fr": "", "max_score": "",
        "h5p_file": upload(fixture_bytes()),
    })


def _nothing_stored(root) -> bool:
    return files_under(root) == [] and not any(
        path.is_dir() for path in (root / "tmp").glob("*")) if root.exists() else True


@pytest.mark.parametrize("fault", ["full after 20 files", "quota at once", "read-only"])
def test_a_disk_failing_midway_leaves_no_h5p_file(client, editor, h5p_files, monkeypatch, fault):
    """The form says the disk refused the file; no file, no staging folder, no row."""
    h5p_files.mkdir(parents=True, exist_ok=True)
    if fault == "read-only":
        make_read_only(monkeypatch, h5p_files)
    else:
        fill_disk(monkeypatch, h5p_files, code=errno.ENOSPC if "full" in fault else errno.EDQUOT,
                  after=20 if "20" in fault else 0)
    response = post_package(client)
    assert response.status_code == 200
    with translation.override("ar"):
        assert response.context["form"].errors["h5p_file"] == [str(STORAGE_REFUSED)]
    assert _nothing_stored(h5p_files), files_under(h5p_files)
    assert H5PPackage.objects.count() == 0 and H5PLibrary.objects.count() == 0


def test_a_failure_after_files_moved_into_place_removes_them(h5p_files, monkeypatch):
    """The rows fail to save after the folders were renamed into place: they go too."""
    calls = []
    original = H5PLibrary.save

    def failing_save(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 3:
            raise OSError(errno.EIO, "database gone")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(H5PLibrary, "save", failing_save)
    with pytest.raises(OSError):
        ingest_package(upload=io.BytesIO(fixture_bytes()), title="x")
    assert files_under(h5p_files) == []
    assert H5PPackage.objects.count() == 0


def _age_all(root, hours=2):
    past = time.time() - hours * 3600
    for path in [root, *root.rglob("*")]:
        os.utime(path, (past, past), follow_symlinks=False)


def test_orphans_go_and_referenced_files_stay(h5p_files, settings, tmp_path):
    """A killed import's staging folder and unreferenced package or library folders go once
    an hour old; every file of a stored package and its libraries stays, however old."""
    settings.MEDIA_ROOT = tmp_path / "media"
    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="kept")
    referenced = files_under(h5p_files)
    assert referenced
    # A worker killed after staging, one killed between the rename and the commit.
    stage_package(validate_package(io.BytesIO(fixture_bytes()), installed=installed_libraries()))
    orphans = [f"content/{uuid.uuid4()}/h5p.json", "libraries/H5P.Ghost-1.0.3/library.json"]
    for name in orphans:
        (h5p_files / name).parent.mkdir(parents=True)
        (h5p_files / name).write_bytes(b"{}")
    _age_all(h5p_files)
    recent = h5p_files / f"content/{uuid.uuid4()}/h5p.json"  # an import in progress
    recent.parent.mkdir(parents=True)
    recent.write_bytes(b"{}")

    out = io.StringIO()
    call_command("clean_orphan_uploads", stdout=out)
    remaining = files_under(h5p_files)
    assert set(referenced) <= set(remaining)
    assert str(recent.relative_to(h5p_files)) in remaining
    assert not any(name.startswith("tmp/") for name in remaining)
    for name in orphans:
        assert name not in remaining
    assert len(remaining) == len(referenced) + 1
    assert f"content/{package.uuid}/h5p.json" in remaining
