"""Uploading .h5p files in the admin: the real package is stored, hostile ones leave nothing."""


import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import conditional_escape

from literacy.security.testing import login_verified
from quizzes.models import H5PLibrary, H5PPackage

from ..factories import UserFactory
from .conftest import stored_files
from .h5p_packages import (
    build_zip,
    fixture_bytes,
    fixture_members,
    symlink_member,
    upload,
    variant,
)

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_quizzes_h5ppackage:add"


@pytest.fixture
def editor(client):
    admin = UserFactory(username="editor", is_staff=True, is_superuser=True)
    login_verified(client, admin)
    return admin


def post_package(client, data: bytes, name: str = "activity.h5p", title: str = "نشاط"):
    return client.post(reverse(ADD_URL), {
        "title_ar": title, "title_en": "Activity", "title_fr": "", "max_score": "",
        "h5p_file": upload(data, name),
    })


def test_the_real_package_is_stored_with_shared_libraries(client, editor, h5p_files):
    response = post_package(client, fixture_bytes())
    assert response.status_code == 302, response.content.decode()[:2000]
    package = H5PPackage.objects.get()
    assert package.title_ar == "نشاط" and package.title_en == "Activity"
    assert package.main_library == "H5P.TrueFalse"
    assert package.max_score == 1
    assert package.uploaded_by == editor
    assert package.metadata["title"] == "Hello World"
    names = {str(lib) for lib in package.libraries.all()}
    assert "H5P.TrueFalse 1.6.11" in names or any(n.startswith("H5P.TrueFalse 1.6") for n in names)
    assert H5PLibrary.objects.count() == 10
    files = stored_files(h5p_files)
    assert f"content/{package.uuid}/h5p.json" in files
    assert f"content/{package.uuid}/content/content.json" in files
    true_false = H5PLibrary.objects.get(machine_name="H5P.TrueFalse")
    assert f"{true_false.storage_path}/scripts/h5p-true-false.js" in files
    assert "ar" in true_false.languages
    # Nothing of the package is under MEDIA_ROOT (served publicly in development).
    assert not any("H5P_CONTENT_HERE" in name for name in files)


def test_a_second_package_reuses_the_installed_libraries(client, editor, h5p_files):
    post_package(client, fixture_bytes())
    files_before = len(stored_files(h5p_files))
    post_package(client, fixture_bytes(), title="نشاط ثان")
    assert H5PPackage.objects.count() == 2
    assert H5PLibrary.objects.count() == 10
    first, second = H5PPackage.objects.order_by("pk")
    assert first.uuid != second.uuid
    assert set(first.libraries.all()) == set(second.libraries.all())
    # Only the second package's own content was added.
    assert len(stored_files(h5p_files)) == files_before + 2


def test_a_package_may_rely_on_libraries_already_installed(client, editor, h5p_files):
    post_package(client, fixture_bytes())
    libraries_only_in_store = variant(remove=("Tether-1.0/", "Drop-1.0/"))
    response = post_package(client, libraries_only_in_store, title="بدون مكتبات")
    assert response.status_code == 302
    assert H5PPackage.objects.count() == 2


def _members_with(extra):
    return list(fixture_members().items()) + list(extra.items())


def _bomb(size=5 * 1024 * 1024):
    return variant(add={"content/big.json": b"0" * size})


HOSTILE = {
    "path_traversal": (lambda: variant(add={"../evil.json": b"{}"}), "unsafe_path"),
    "nested_traversal": (lambda: variant(add={"content/../../evil.json": b"{}"}), "unsafe_path"),
    "absolute_path": (lambda: variant(add={"/etc/evil.json": b"{}"}), "unsafe_path"),
    "backslash_path": (lambda: variant(add={"content\\..\\evil.json": b"{}"}), "unsafe_path"),
    "symlink": (lambda: build_zip(list(fixture_members().items())
                                  + [symlink_member("content/link.json", b"/etc/passwd")]),
                "symlink"),
    "zip_bomb_ratio": (_bomb, "ratio"),
    "php": (lambda: variant(add={"content/shell.php": b"<?php system($_GET['c']);"}),
            "forbidden_type"),
    "php_trailing_dot": (lambda: variant(add={"content/shell.php.": b"<?php"}), "forbidden_type"),
    "php_double_extension": (lambda: variant(add={"content/shell.php.png": b"<?php"}),
                             "forbidden_type"),
    "html_in_content": (lambda: variant(add={"content/page.html": b"<script>alert(1)</script>"}),
                        "forbidden_type"),
    "html_in_library": (lambda: variant(add={"H5P.TrueFalse-1.6/page.htm": b"<p>"}),
                        "forbidden_type"),
    "js_in_content": (lambda: variant(add={"content/run.js": b"alert(1)"}),
                      "script_outside_library"),
    "swf": (lambda: variant(add={"content/movie.swf": b"FWS"}), "forbidden_type"),
    "wasm": (lambda: variant(add={"H5P.TrueFalse-1.6/x.wasm": b"\x00asm"}), "forbidden_type"),
    "htaccess": (lambda: variant(add={"content/.htaccess": b"AddType x-httpd-php .png"}),
                 "forbidden_type"),
    "extensionless": (lambda: variant(add={"content/runme": b"echo"}), "no_extension"),
    "executable": (lambda: variant(add={"content/tool.pdf": b"\x7fELF\x02\x01\x01"}),
                   "executable"),
    "svg_with_script": (lambda: variant(add={
        "content/images/a.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>'
                                b"fetch('/')</script></svg>"}), "svg_script"),
    "svg_with_handler": (lambda: variant(add={
        "content/images/b.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'}),
        "svg_script"),
    "missing_h5p_json": (lambda: variant(remove=("h5p.json",)), "missing_h5p_json"),
    "malformed_content_json": (lambda: variant(replace={"content/content.json": b"{not json"}),
                               "bad_json"),
    "malformed_h5p_json": (lambda: variant(replace={"h5p.json": b"[1, 2"}), "bad_json"),
    "malformed_library_json": (lambda: variant(replace={"Tether-1.0/library.json": b"{"}),
                               "bad_library"),
    "missing_content_json": (lambda: variant(remove=("content/content.json",)),
                             "missing_content"),
    "missing_dependency": (lambda: variant(remove=("Tether-1.0/",)), "missing_dependency"),
    "stray_folder": (lambda: variant(add={"extra/notes.txt": b"hello"}), "stray_folder"),
    "not_a_zip": (lambda: b"MZ\x90\x00 this is a Windows program renamed .h5p" * 10, "not_zip"),
    "empty_file": (lambda: b"", "empty"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_packages_are_rejected_and_leave_nothing(case, client, editor, h5p_files):
    build, code = HOSTILE[case]
    response = post_package(client, build())
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["h5p_file"]
    assert [error.code for error in errors] == [code], [str(e.message) for e in errors]
    with translation.override("ar"):  # HTML: names escaped inside <bdi>, the rest escaped
        message = conditional_escape(errors[0].message)
    assert message in response.content.decode()
    assert H5PPackage.objects.count() == 0
    assert H5PLibrary.objects.count() == 0
    assert stored_files(h5p_files) == []


def test_too_many_files_is_rejected_before_reading_them(client, editor, settings, h5p_files):
    settings.QUIZZES_H5P_MAX_FILES = 60
    members = _members_with({f"content/images/{i}.png": b"x" for i in range(200)})
    response = post_package(client, build_zip(members))
    assert response.context["form"].errors.as_data()["h5p_file"][0].code == "too_many_files"
    assert H5PPackage.objects.count() == 0 and stored_files(h5p_files) == []


def test_a_package_expanding_beyond_the_limit_is_rejected(client, editor, settings, h5p_files):
    settings.QUIZZES_H5P_MAX_TOTAL_BYTES = 200_000
    data = variant(add={"content/video.mp4": bytes(range(256)) * 1000})
    response = post_package(client, data)
    assert response.context["form"].errors.as_data()["h5p_file"][0].code == "too_large"
    assert stored_files(h5p_files) == []


def test_an_upload_larger_than_allowed_is_rejected(client, editor, settings, h5p_files):
    settings.QUIZZES_H5P_MAX_UPLOAD_BYTES = 10_000
    response = post_package(client, fixture_bytes())
    assert response.context["form"].errors.as_data()["h5p_file"][0].code == "too_big"


def test_a_member_lying_about_its_size_is_rejected(client, editor, h5p_files):
    """The central directory claims a tiny file; the data inflates to much more."""
    data = bytearray(variant(add={"content/liar.json": b"1" * 400_000}))
    header = bytes(data).rfind(b"content/liar.json") - 46
    assert bytes(data)[header:header + 4] == b"PK\x01\x02"  # its central directory entry
    data[header + 24:header + 28] = (10).to_bytes(4, "little")  # uncompressed size
    response = post_package(client, bytes(data))
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["h5p_file"][0].code == "unreadable"
    assert H5PPackage.objects.count() == 0 and stored_files(h5p_files) == []


def test_the_title_is_required_in_arabic(client, editor):
    response = post_package(client, fixture_bytes(), title="")
    assert response.status_code == 200
    assert "title_ar" in response.context["form"].errors
    assert H5PPackage.objects.count() == 0


def test_editing_keeps_the_package_and_a_new_file_replaces_its_content(client, editor, h5p_files):
    post_package(client, fixture_bytes())
    package = H5PPackage.objects.get()
    old_uuid = package.uuid
    edit = reverse("wagtailsnippets_quizzes_h5ppackage:edit", args=[package.pk])
    assert client.get(edit).status_code == 200
    response = client.post(edit, {"title_ar": "عنوان جديد", "title_en": "New title",
                                  "title_fr": "", "max_score": "1"})
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.title_ar == "عنوان جديد" and package.uuid == old_uuid
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(edit, {"title_ar": "عنوان جديد", "title_en": "New title",
                                      "title_fr": "", "max_score": "1",
                                      "h5p_file": upload(fixture_bytes())})
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.uuid != old_uuid
    files = stored_files(h5p_files)
    assert not any(name.startswith(f"content/{old_uuid}/") for name in files)
    assert f"content/{package.uuid}/h5p.json" in files
    listing = client.get(reverse("wagtailsnippets_quizzes_h5ppackage:list"))
    assert "عنوان جديد" in listing.content.decode()
