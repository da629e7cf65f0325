"""A package that plays media from another website is refused, naming the item and the fix."""

import html
import json
from pathlib import Path

import pytest
from pyh5p import LibraryStore, build

from literacy.security.testing import login_verified
from quizzes.models import H5PPackage

from ..factories import UserFactory
from ..h5p_fixtures import fixture_package
from .test_h5p_validation import post_package

pytestmark = pytest.mark.django_db

VIDEO_LIBRARY = {
    "title": "Video (stand-in)", "machineName": "H5P.Video", "majorVersion": 1,
    "minorVersion": 6, "patchVersion": 0, "runnable": 0,
    "coreApi": {"majorVersion": 1, "minorVersion": 19},
    "preloadedJs": [{"path": "video.js"}],
}
VIDEO_SEMANTICS = [{"name": "sources", "type": "video", "label": "Sources"}]


@pytest.fixture
def editor(client):
    admin = UserFactory(username="editor", is_staff=True, is_superuser=True)
    login_verified(client, admin)
    return admin


def youtube_package(tmp_path: Path) -> bytes:
    """The real True/False with a YouTube video as its media, built with pyh5p."""
    video = tmp_path / "H5P.Video-1.6"
    video.mkdir()
    (video / "library.json").write_text(json.dumps(VIDEO_LIBRARY))
    (video / "semantics.json").write_text(json.dumps(VIDEO_SEMANTICS))
    (video / "video.js").write_text("H5P.Video = function () {};\n")
    store = LibraryStore(cache_dir=tmp_path / "store")
    store.install(fixture_package("true-false.h5p"))
    store.install(video)
    content = {"question": "<p>هل هذا الفيديو حديث؟</p>", "correct": "false", "media": {
        "type": {"library": "H5P.Video 1.6", "subContentId": "v1", "params": {"sources": [
            {"path": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "mime": "video/YouTube",
             "copyright": {"license": "U"}}]}}}}
    built = build("H5P.TrueFalse", content, store=store, fetch=False, validate=False,
                  title="YouTube", language="ar")
    return built.package_bytes(validate=False)


def test_a_youtube_video_is_refused_with_its_place(client, editor, h5p_files, tmp_path):
    response = post_package(client, youtube_package(tmp_path))
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["h5p_file"]
    assert [error.code for error in errors] == ["external_media"]
    message = html.unescape(response.content.decode())  # the Arabic admin
    assert "تعرض الحزمة وسائط من موقع آخر (<bdi>www.youtube.com</bdi>) في <bdi>media › " \
           "sources 1 (H5P.Video 1.6)</bdi>." in message
    assert "ثم صدّر النشاط وارفعه مرة أخرى." in message
    assert not H5PPackage.objects.exists()
