"""An editor uploads Multiple Choice after True/False: the shared H5P.Question library comes
in a higher patch, so the admin shows what changes and who uses it, and the editor keeps it."""

import pytest

from quizzes.models import H5PLibrary, H5PPackage
from tests.factories import UserFactory
from tests.h5p_fixtures import fixture_package

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True)

ADD = "/admin/snippets/quizzes/h5ppackage/add/"


@pytest.fixture
def h5p_files(settings, tmp_path):
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"


def upload(page, base: str, title: str, name: str) -> None:
    page.goto(f"{base}{ADD}")
    page.fill("#id_title_ar", title)
    page.set_input_files("#id_h5p_file", str(fixture_package(name)))
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_load_state()


def test_the_editor_sees_the_library_change_and_keeps_the_stored_one(
    visit, live_server, h5p_files
):
    editor = UserFactory(username="editor", is_staff=True, is_superuser=True)
    visit.sign_in(live_server.url, editor, verified=True)
    page = visit.page
    upload(page, live_server.url, "صواب أم خطأ", "true-false.h5p")
    question = H5PLibrary.objects.get(machine_name="H5P.Question")
    upload(page, live_server.url, "اختيار من متعدد", "multichoice.h5p")
    error = page.locator(".error-message, .help-critical, [class*=error]").filter(
        has_text="H5P.Question 1.4")
    error.first.wait_for(timeout=10000)
    # The activity's name is isolated in <bdi> (quizzes/h5p/bidi.py): read the text.
    assert "يستخدمها نشاط واحد: صواب أم خطأ" in page.locator("body").inner_text()
    visit.screenshot("h5p-library-choice-ar")
    keep = page.get_by_label("أبقِ المكتبات المخزَّنة", exact=False)
    keep.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "h5p-library-choice-options-ar.png"))
    assert H5PPackage.objects.count() == 1
    keep.check()
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert H5PPackage.objects.filter(title_ar="اختيار من متعدد").exists()
    kept = H5PLibrary.objects.get(pk=question.pk)
    assert (kept.patch_version, kept.storage_path) == (question.patch_version,
                                                       question.storage_path)
