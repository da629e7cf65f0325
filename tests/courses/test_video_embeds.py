"""Video links: saving one never makes the server contact the video site, and a lesson
never loads the video site's frame by itself (issue 23)."""

import json
import re
import socket
import urllib.request

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.embeds.models import Embed

from courses.demo import stored_stream
from courses.models import LessonPage
from courses.video_embeds import PrivateVideoFinder, known_video
from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .editor_forms import edit_form_data

pytestmark = pytest.mark.django_db

LOCAL = ("127.0.0.1", "::1", "localhost")


@pytest.fixture
def no_network(monkeypatch):
    """Any connection to another machine fails the test (the database and Redis of the
    PostgreSQL run are on loopback)."""
    attempts = []
    connect = socket.socket.connect

    def guarded_connect(self, address):
        if isinstance(address, tuple) and address[0] not in LOCAL:
            attempts.append(address)
            raise AssertionError(f"outbound connection to {address}")
        return connect(self, address)

    def no_urlopen(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("urlopen called")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(urllib.request, "urlopen", no_urlopen)
    return attempts


@pytest.fixture
def editor(db):
    user = UserFactory(username="video-editor")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def _video_body(url):
    return stored_stream([{"type": "video", "value": {
        "title": "كيف تتحقق من صورة", "file": None, "embed": url, "captions": None,
        "transcript": "<p>نص الفيديو</p>"}}])


def _save(client, lesson, url):
    edit = f"/admin/pages/{lesson.pk}/edit/"
    page = LessonPage.objects.get(pk=lesson.pk)
    for name in ("body", "body_ar", "body_en", "body_fr"):
        setattr(page, name, _video_body(url))
    data = edit_form_data(client.get(edit).content.decode(), page)
    return client.post(edit, data)


@pytest.mark.parametrize("url", [
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://vimeo.com/76979871",
])
def test_saving_a_video_block_makes_no_request(client, editor, lessons, no_network, url):
    login_verified(client, editor)
    response = _save(client, lessons[0], url)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert no_network == []
    draft = LessonPage.objects.get(pk=lessons[0].pk).get_latest_revision_as_object()
    assert draft.body_ar[0].value["embed"].url == url
    # What Wagtail stored is a link, never a frame.
    assert "<iframe" not in Embed.objects.get(url=url).html


def test_a_link_the_server_cannot_read_alone_is_refused_with_the_reason(
        client, editor, lessons, no_network):
    login_verified(client, editor)
    response = _save(client, lessons[0], "https://video.example.org/watch/42")
    assert response.status_code == 200
    html = response.content.decode()
    # The admin speaks the editor's language (Arabic by default); the block's errors travel
    # in the stream's JSON (non-ASCII escaped).
    reasons = ("Basira does not contact other video sites",
               "بصيرة لا تتصل بمواقع الفيديو الأخرى")
    assert any(reason in html or json.dumps(reason)[1:-1] in html for reason in reasons)
    assert no_network == []
    assert not Embed.objects.exists()


def test_with_oembed_allowed_other_sites_go_to_wagtails_finder(monkeypatch):
    from wagtail.embeds.finders.oembed import OEmbedFinder

    asked = []
    monkeypatch.setattr(OEmbedFinder, "accept", lambda self, url: True)
    monkeypatch.setattr(OEmbedFinder, "find_embed",
                        lambda self, url, *a: asked.append(url) or {"html": "<a>v</a>"})
    finder = PrivateVideoFinder()
    url = "https://video.example.org/watch/42"
    assert not finder.accept(url)
    with override_settings(COURSES_VIDEO_OEMBED=True):
        assert finder.accept(url)
        finder.find_embed(url)
        finder.find_embed("https://youtu.be/dQw4w9WgXcQ")
    assert asked == [url]


def test_known_videos_are_read_from_the_address_alone():
    assert known_video("https://m.youtube.com/shorts/dQw4w9WgXcQ").video_id == "dQw4w9WgXcQ"
    assert known_video("https://player.vimeo.com/video/76979871").provider == "Vimeo"
    assert known_video("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ") is None
    assert known_video("javascript:alert(1)//youtu.be/dQw4w9WgXcQ") is None
    assert known_video("https://www.youtube.com/watch?v=short") is None


def test_the_lesson_links_to_the_video_and_loads_nothing_from_its_site(
        client, editor, lessons, learner_client, enrolled, no_network):
    login_verified(client, editor)
    assert _save(client, lessons[0], "https://youtu.be/dQw4w9WgXcQ").status_code == 302
    LessonPage.objects.get(pk=lessons[0].pk).get_latest_revision().publish()
    page = learner_client.get(LessonPage.objects.get(pk=lessons[0].pk).url).content.decode()
    assert 'href="https://youtu.be/dQw4w9WgXcQ"' in page
    sources = re.findall(r'\s(?:src|data|poster|srcset)="([^"]*)"', page)
    assert not [s for s in sources if "youtu" in s or "vimeo" in s], sources
    assert "<iframe" not in page
