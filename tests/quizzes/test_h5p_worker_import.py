"""Large H5P uploads are imported by the background worker (quizzes/h5p/imports.py).

As in production, tasks are queued with the database backend and run by django-tasks-db's
own worker in batch mode (it locks its queue with BEGIN EXCLUSIVE on SQLite: these tests
commit). QUIZZES_H5P_WORKER_BYTES is lowered so that the real fixture package counts as
large; the admin's other upload tests run without a worker and import in the request.
"""

import io
import os
import time

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from literacy.security.testing import login_verified
from quizzes.h5p.embed import embed_context
from quizzes.h5p.staging import STAGING_ROOT
from quizzes.h5p.validation import PackageRejected, validate_package
from quizzes.models import H5PPackage
from quizzes.models.h5p import ImportStatus
from tests.disk_faults import files_under

from ..factories import UserFactory
from .h5p_packages import fixture_bytes, upload

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def queued(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.QUIZZES_H5P_WORKER_BYTES = 1000


@pytest.fixture
def editor(client):
    admin = UserFactory(username="editor", is_staff=True, is_superuser=True)
    login_verified(client, admin)
    return admin


def run_worker():
    """What `manage.py db_worker --batch` runs: every queued task, then return."""
    Worker(queue_names=["*"], interval=0, batch=True, backend_name="default",
           startup_delay=False, max_tasks=None, worker_id="test-worker").run()


def imports_queued():
    return DBTaskResult.objects.filter(task_path__endswith=".import_package")


def post_package(client, url=None, data=None):
    with translation.override("ar"):
        return client.post(url or reverse("wagtailsnippets_quizzes_h5ppackage:add"), {
            "title_ar": "نشاط كبير", "title_en": "", "title_fr": "", "max_score": "",
            "pass_mark": "", "language": "", "h5p_file": upload(data or fixture_bytes()),
        })


def edit_page(client, package) -> str:
    with translation.override("ar"):
        url = reverse("wagtailsnippets_quizzes_h5ppackage:edit", args=[package.pk])
        return client.get(url).content.decode()


def plays(package) -> bool:
    request = RequestFactory().get("/ar/")
    request.user = UserFactory()
    return embed_context(request=request, package=package) is not None


def staging_files(root) -> list[str]:
    return [name for name in files_under(root) if name.startswith(f"{STAGING_ROOT}/")]


def test_a_large_upload_is_imported_by_the_worker(client, editor, h5p_files):
    response = post_package(client)
    assert response.status_code == 302, response.content.decode()[:2000]
    package = H5PPackage.objects.get()
    assert package.import_status == ImportStatus.PROCESSING
    assert package.uploaded_by == editor and package.file_size == len(fixture_bytes())
    assert imports_queued().get().status == "READY"
    assert not plays(package)  # no content yet: learners see "not available"
    assert "قيد الاستيراد" in edit_page(client, package)  # "being imported"
    assert not any(name.startswith("content/") for name in files_under(h5p_files))

    run_worker()

    package.refresh_from_db()
    assert package.import_status == ImportStatus.READY and package.import_error == ""
    assert package.main_library == "H5P.TrueFalse" and package.libraries.exists()
    assert any(name.startswith(f"content/{package.uuid}/") for name in files_under(h5p_files))
    assert staging_files(h5p_files) == []  # the kept upload is gone too
    assert plays(package)
    assert "قيد الاستيراد" not in edit_page(client, package)


def test_a_package_rejected_by_the_worker_is_failed_with_its_reason(client, editor,
                                                                    h5p_files):
    """The worker does not trust the form: it validates the kept file again (here spoilt
    while it waited), and the editor is told why in their language."""
    assert post_package(client).status_code == 302
    package = H5PPackage.objects.get()
    [kept] = staging_files(h5p_files)
    (h5p_files / kept).write_bytes(b"not a zip file")

    run_worker()

    package.refresh_from_db()
    assert package.import_status == ImportStatus.FAILED and not package.main_library
    with translation.override("ar"), pytest.raises(PackageRejected) as rejected:
        validate_package(io.BytesIO(b"not a zip file"), installed=set())
    assert package.import_error == str(rejected.value.message)  # the reason, in Arabic
    page = edit_page(client, package)
    assert "تعذّر استيراد" in page and package.import_error in page
    assert files_under(h5p_files) == []
    assert not plays(package)


def test_a_worker_killed_mid_import_loses_nothing(client, editor, h5p_files, settings,
                                                   tmp_path):
    """Replacing an activity's file: while the import waits, and after a worker died on
    it, the previous content still plays; the cleanup removes the kept upload, and the
    editor is told to upload again."""
    settings.QUIZZES_H5P_WORKER_BYTES = 10 ** 9  # the first upload in the request
    assert post_package(client).status_code == 302
    package = H5PPackage.objects.get()
    assert package.import_status == ImportStatus.READY
    before = set(files_under(h5p_files))

    settings.QUIZZES_H5P_WORKER_BYTES = 1000
    edit = reverse("wagtailsnippets_quizzes_h5ppackage:edit", args=[package.pk])
    assert post_package(client, edit).status_code == 302
    package.refresh_from_db()
    assert package.import_status == ImportStatus.PROCESSING and plays(package)
    # The worker dies: the task never runs; an hour later the cleanup takes the upload.
    H5PPackage.objects.filter(pk=package.pk).update(
        import_queued_at=timezone.now() - timezone.timedelta(hours=2))
    past = time.time() - 2 * 3600
    for path in [*(h5p_files / STAGING_ROOT).rglob("*"), h5p_files / STAGING_ROOT]:
        os.utime(path, (past, past))
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("clean_orphan_uploads", stdout=io.StringIO())

    assert set(files_under(h5p_files)) == before  # the previous content, whole
    package.refresh_from_db()
    assert plays(package) and package.main_library == "H5P.TrueFalse"
    page = edit_page(client, package)
    assert "انقطع الاستيراد" in page  # "the import was interrupted"
    imports_queued().delete()  # what a later worker would find: nothing to run


def test_a_small_upload_stays_in_the_request_even_with_a_worker(client, editor, settings):
    settings.QUIZZES_H5P_WORKER_BYTES = 10 ** 9
    assert post_package(client).status_code == 302
    package = H5PPackage.objects.get()
    assert package.import_status == ImportStatus.READY and package.main_library
    assert not imports_queued().exists()
