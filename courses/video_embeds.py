"""Video embeds that make no request: the server never contacts the video site.

Wagtail's `EmbedBlock` validates a URL by asking the site's oEmbed endpoint, so saving a
lesson would tell YouTube which server is editing which video, and its answer (an iframe)
would load the site into every learner's page. `PrivateVideoFinder`, the site's only embed
finder (`WAGTAILEMBEDS_FINDERS`), recognises YouTube and Vimeo addresses from their shape
alone and answers with a plain link; learners choose to open the video site themselves
(courses/blocks/video_block.html). A host that wants oEmbed for other sites sets
`COURSES_VIDEO_OEMBED = True`: other URLs then go to Wagtail's oEmbed finder (a request at
save time), and are still shown as a link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.utils.html import format_html
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.embeds.finders.oembed import OEmbedFinder

from . import conf

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com",
                 "youtube-nocookie.com", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
PAGE_URLS = {"YouTube": "https://www.youtube.com/watch?v={}", "Vimeo": "https://vimeo.com/{}"}


@dataclass(frozen=True)
class KnownVideo:
    """A video of a site we recognise without asking it."""

    provider: str
    video_id: str

    @property
    def page_url(self) -> str:
        """Where the learner watches it, on the video site."""
        return PAGE_URLS[self.provider].format(self.video_id)


def _youtube_id(host: str, path: str, query: str) -> str | None:
    if host == "youtu.be":
        candidate = path.strip("/").split("/")[0]
    elif host in YOUTUBE_HOSTS:
        parts = path.strip("/").split("/")
        if parts[0] == "watch":
            candidate = (parse_qs(query).get("v") or [""])[0]
        elif parts[0] in ("embed", "shorts", "live", "v") and len(parts) > 1:
            candidate = parts[1]
        else:
            return None
    else:
        return None
    return candidate if YOUTUBE_ID.match(candidate) else None


def _vimeo_id(host: str, path: str) -> str | None:
    if host not in VIMEO_HOSTS:
        return None
    parts = path.strip("/").split("/")
    if host == "player.vimeo.com":
        parts = parts[1:] if parts[:1] == ["video"] else []
    return parts[0] if parts and parts[0].isdigit() else None


def known_video(url: str) -> KnownVideo | None:
    """The video a URL names, read from its shape alone (no request), or None."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    found = _youtube_id(host, parts.path, parts.query)
    if found:
        return KnownVideo("YouTube", found)
    found = _vimeo_id(host, parts.path)
    if found:
        return KnownVideo("Vimeo", found)
    return None


def oembed_allowed() -> bool:
    return bool(conf.VIDEO_OEMBED)


class PrivateVideoFinder(EmbedFinder):
    """Wagtail's embed finder for the site: no request for YouTube and Vimeo; other sites
    only when `COURSES_VIDEO_OEMBED` allows oEmbed. Guarded by
    tests/courses/test_video_embeds.py::test_saving_a_video_block_makes_no_request."""

    def __init__(self, **options):
        self.options = options

    def _oembed(self):
        return OEmbedFinder(**self.options)

    def accept(self, url) -> bool:
        if known_video(url) is not None:
            return True
        return oembed_allowed() and self._oembed().accept(url)

    def find_embed(self, url, max_width=None, max_height=None):
        video = known_video(url)
        if video is None:
            return self._oembed().find_embed(url, max_width, max_height)
        # A link, never a frame: whatever template shows it, nothing loads by itself.
        return {
            "title": "", "author_name": "", "provider_name": video.provider,
            "type": "video", "thumbnail_url": "", "width": None, "height": None,
            "html": format_html('<a href="{}" rel="noopener noreferrer">{}</a>',
                                video.page_url, video.page_url),
        }


embed_finder_class = PrivateVideoFinder
