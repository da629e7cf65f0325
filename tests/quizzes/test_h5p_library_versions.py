"""Libraries already stored: an incomplete package is refused, and a package that would change
a stored library shows the editor what changes and who uses it, then keeps or replaces it."""

import html
import json
import zipfile

import pytest
from django.test import TestCase
from django.urls import reverse

from literacy.security.testing import login_verified
from quizzes.h5p.storage import h5p_storage
from quizzes.models import H5PLibrary, H5PPackage

from ..factories import UserFactory
from .conftest import stored_files
from .h5p_packages import build_zip, fixture_members, upload
from .test_h5p_validation import ADD_URL, post_package

pytestmark = pytest.mark.django_db

JOUBEL_JS = "H5P.JoubelUI-1.3/js/joubel-ui.js"


@pytest.fixture
def editor(client):
    admin = UserFactory(username="editor", is_staff=True, is_superuser=True)
    login_verified(client, admin)
    return admin


def package_with(*, replace=None, remove=()) -> bytes:
    members = fixture_members()
    for name in remove:
        del members[name]
    members.update(replace or {})
    return build_zip(members)


def patched_joubel(patch: int) -> bytes:
    library = json.loads(fixture_members()["H5P.JoubelUI-1.3/library.json"])
    library["patchVersion"] = patch
    return json.dumps(library).encode()


def errors_of(response) -> list[str]:
    return [str(message) for message in response.context["form"].errors.get("h5p_file", [])]


def offered(response) -> dict[str, str]:
    """{"keep": value, "replace": value} of the choice the form now offers."""
    choices = response.context["form"].fields["library_choice"].widget.choices
    return {value.split(":", 1)[0]: value for value, _label in choices}


def choose(client, value: str, title: str = "نشاط ثان"):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse(ADD_URL), {"title_ar": title, "title_en": "", "title_fr": "",
                                              "max_score": "", "library_choice": value})


def joubel_script() -> bytes:
    library = H5PLibrary.objects.get(machine_name="H5P.JoubelUI")
    with h5p_storage().open(f"{library.storage_path}/js/joubel-ui.js") as handle:
        return handle.read()


def test_a_library_missing_a_preloaded_file_is_refused(client, editor, h5p_files, tmp_path):
    broken = tmp_path / "broken.h5p"
    broken.write_bytes(package_with(remove=[JOUBEL_JS]))
    with zipfile.ZipFile(broken) as archive:
        assert JOUBEL_JS not in archive.namelist()
    response = post_package(client, broken.read_bytes())
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["h5p_file"]
    assert [error.code for error in errors] == ["missing_library_file"]
    message = html.unescape(response.content.decode())
    assert "H5P.JoubelUI-1.3" in message and "js/joubel-ui.js" in message
    assert H5PPackage.objects.count() == 0 and H5PLibrary.objects.count() == 0
    assert stored_files(h5p_files) == []


def test_same_version_with_other_files_shows_the_changes_and_who_uses_them(
    client, editor, h5p_files
):
    post_package(client, package_with(), title="النشاط الأول")
    before = stored_files(h5p_files)
    changed = package_with(replace={JOUBEL_JS: b"/* repaired */\n",
                                    "H5P.JoubelUI-1.3/js/extra.js": b"/* new */\n"})
    response = post_package(client, changed)
    assert response.status_code == 200
    text = " ".join(errors_of(response))
    # The Arabic admin, as the editor reads it.
    assert "<bdi>H5P.JoubelUI 1.3</bdi>: تأتي الحزمة بالإصدار نفسه (9) لكن بملفات مختلفة." in text
    assert "تغيّر ملف واحد (<bdi>js/joubel-ui.js</bdi>)." in text
    assert "أُضيف ملف واحد (<bdi>js/extra.js</bdi>)." in text
    assert "يستخدمها نشاط واحد: <bdi>النشاط الأول</bdi>." in text
    assert set(offered(response)) == {"keep", "replace"}
    # Nothing changed while the editor decides; only the upload waits in tmp/.
    assert H5PPackage.objects.count() == 1
    waiting = [name for name in stored_files(h5p_files) if name not in before]
    assert len(waiting) == 1 and waiting[0].startswith("tmp/")


def test_keep_changes_nothing(client, editor, h5p_files):
    post_package(client, package_with(), title="النشاط الأول")
    library = H5PLibrary.objects.get(machine_name="H5P.JoubelUI")
    original = joubel_script()
    response = post_package(client, package_with(replace={JOUBEL_JS: b"/* other */\n"}))
    response = choose(client, offered(response)["keep"])
    assert response.status_code == 302, errors_of(response)
    assert H5PPackage.objects.count() == 2
    assert H5PLibrary.objects.get(pk=library.pk).storage_path == library.storage_path
    assert joubel_script() == original
    second = H5PPackage.objects.get(title_ar="نشاط ثان")
    assert library in second.libraries.all()
    assert not any(name.startswith("tmp/") for name in stored_files(h5p_files))


def test_replace_updates_every_activity_using_the_library(client, editor, h5p_files):
    post_package(client, package_with(), title="النشاط الأول")
    old_path = H5PLibrary.objects.get(machine_name="H5P.JoubelUI").storage_path
    response = post_package(client, package_with(replace={JOUBEL_JS: b"/* repaired */\n"}))
    response = choose(client, offered(response)["replace"])
    assert response.status_code == 302, errors_of(response)
    library = H5PLibrary.objects.get(machine_name="H5P.JoubelUI")
    assert library.storage_path != old_path
    assert joubel_script() == b"/* repaired */\n"
    assert {package.title_ar for package in library.packages.all()} == {"النشاط الأول",
                                                                         "نشاط ثان"}
    assert not any(name.startswith(old_path + "/") for name in stored_files(h5p_files))


def test_a_repaired_package_replaces_a_broken_stored_library(client, editor, h5p_files):
    post_package(client, package_with(), title="النشاط الأول")
    library = H5PLibrary.objects.get(machine_name="H5P.JoubelUI")
    h5p_storage().delete(f"{library.storage_path}/js/joubel-ui.js")  # stored before the check
    response = post_package(client, package_with())
    text = " ".join(errors_of(response))
    assert "النسخة المخزَّنة ناقصة: ينقصها <bdi>js/joubel-ui.js</bdi>." in text
    assert "أُضيف ملف واحد (<bdi>js/joubel-ui.js</bdi>)." in text
    response = choose(client, offered(response)["replace"])
    assert response.status_code == 302, errors_of(response)
    assert joubel_script() == fixture_members()[JOUBEL_JS]


def test_a_higher_patch_is_shown_with_the_activities_before_replacing(
    client, editor, h5p_files
):
    post_package(client, package_with(), title="النشاط الأول")
    stored = H5PLibrary.objects.get(machine_name="H5P.JoubelUI").patch_version
    newer = package_with(replace={"H5P.JoubelUI-1.3/library.json": patched_joubel(stored + 1)})
    response = post_package(client, newer)
    text = " ".join(errors_of(response))
    assert f"تأتي الحزمة بالإصدار الفرعي {stored + 1}، والمخزَّن هو {stored}." in text
    assert "يستخدمها نشاط واحد: <bdi>النشاط الأول</bdi>." in text
    assert H5PLibrary.objects.get(machine_name="H5P.JoubelUI").patch_version == stored
    choose(client, offered(response)["replace"])
    assert H5PLibrary.objects.get(machine_name="H5P.JoubelUI").patch_version == stored + 1


def test_an_older_patch_changes_nothing_and_asks_nothing(client, editor, h5p_files):
    post_package(client, package_with(), title="النشاط الأول")
    stored = H5PLibrary.objects.get(machine_name="H5P.JoubelUI")
    older = package_with(replace={"H5P.JoubelUI-1.3/library.json":
                                  patched_joubel(stored.patch_version - 1)})
    assert post_package(client, older).status_code == 302
    assert H5PLibrary.objects.get(pk=stored.pk).storage_path == stored.storage_path


def test_a_forged_or_foreign_choice_is_not_a_decision(client, editor, h5p_files):
    post_package(client, package_with(), title="النشاط الأول")
    changed = package_with(replace={JOUBEL_JS: b"/* other */\n"})
    response = client.post(reverse(ADD_URL), {
        "title_ar": "نشاط", "title_en": "", "title_fr": "", "max_score": "",
        "h5p_file": upload(changed), "library_choice": "replace:forged"})
    assert response.status_code == 200 and set(offered(response)) == {"keep", "replace"}
    value = offered(response)["replace"]
    other = UserFactory(username="other-editor", is_staff=True, is_superuser=True)
    login_verified(client, other)
    response = choose(client, value)
    assert response.status_code == 200  # another editor's pending upload is not theirs
    assert H5PPackage.objects.count() == 1


def test_a_library_no_other_activity_uses_is_replaced_without_asking(client, editor, h5p_files):
    post_package(client, package_with(), title="النشاط الوحيد")
    package = H5PPackage.objects.get()
    edit = reverse("wagtailsnippets_quizzes_h5ppackage:edit", args=[package.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(edit, {
            "title_ar": "النشاط الوحيد", "title_en": "", "title_fr": "", "max_score": "1",
            "h5p_file": upload(package_with(replace={JOUBEL_JS: b"/* repaired */\n"}))})
    assert response.status_code == 302
    assert joubel_script() == b"/* repaired */\n"


def test_names_are_escaped_and_isolated_in_the_message(client, editor, h5p_files):
    """Latin library and file names inside the Arabic sentence sit in <bdi> so that they do
    not reorder it; whatever a name holds stays text (escaped), in the log line as it is."""
    from django.utils import translation

    from quizzes.h5p.validation import reject

    with translation.override("ar"):
        rejected = reject("missing_library_file", library="H5P.X-1.0", name="js/<img src=x>.js")
    assert "<bdi>H5P.X-1.0</bdi>" in rejected.html
    assert "<bdi>js/&lt;img src=x&gt;.js</bdi>" in rejected.html and "<img" not in rejected.html
    assert "js/<img src=x>.js" in str(rejected.message)  # plain text for logs and commands

    # The admin page, as the Arabic editor gets it.
    broken = post_package(client, package_with(remove=[JOUBEL_JS]))
    page = broken.content.decode()
    assert "<bdi>H5P.JoubelUI-1.3</bdi>" in page and "<bdi>js/joubel-ui.js</bdi>" in page
    post_package(client, package_with(), title="<i>Intro</i> أول")
    changed = post_package(client, package_with(replace={JOUBEL_JS: b"/* repaired */\n"}))
    page = changed.content.decode()
    assert "<bdi>H5P.JoubelUI 1.3</bdi>" in page
    assert "<bdi>&lt;i&gt;Intro&lt;/i&gt; أول</bdi>" in page and "<i>Intro" not in page
