"""The site's own assets (static/: icons, favicon, web app manifest), and a crawl of the
seeded demo proving that every asset a page asks for is served: 200, never a redirect.

The crawl runs with static files as production has them: hashed names written by
``collectstatic`` (ManifestStaticFilesStorage) and served by WhiteNoise's middleware.
"""

import importlib.util
import json
import re
from collections import Counter, deque
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"
LANGUAGES = ("ar", "en", "fr")
PAGE_LIMIT = 45  # pages per language and visitor: every level of the demo, not every lesson
SAME_PARENT_LIMIT = 4  # links followed per parent path (lessons of one module, …)
NOT_PAGES = re.compile(r"^/(admin|h5p|documents|static|media)/|\.(pdf|json|txt|csv|xlsx)$")
ASSET_RELS = {"stylesheet", "icon", "apple-touch-icon", "manifest", "preload",
              "modulepreload", "mask-icon"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _css_colour(name):
    css = (ROOT / "literacy/static/literacy/css/basira.css").read_text()
    return re.search(rf"--{name}:\s*(#[0-9a-f]{{6}})", css).group(1)


def test_the_icons_are_what_the_script_draws():
    """Committed PNG/ICO files are reproducible: scripts/make_icons.py draws them again."""
    assert _script("make_icons").stale() == []


def test_the_manifest_is_arabic_standalone_in_the_sites_colours():
    manifest = json.loads((STATIC / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == manifest["short_name"] == "بصيرة"
    assert (manifest["lang"], manifest["dir"], manifest["display"]) == ("ar", "rtl", "standalone")
    assert manifest["theme_color"] == _css_colour("brand")
    assert manifest["background_color"] == _css_colour("paper")
    purposes = set()
    for icon in manifest["icons"]:
        width, height = map(int, icon["sizes"].split("x"))
        with Image.open(STATIC / icon["src"]) as image:
            assert image.size == (width, height) and image.format == "PNG", icon
        purposes.add((width, icon["purpose"]))
    assert {(192, "any"), (512, "any"), (512, "maskable")} <= purposes


@pytest.mark.django_db
def test_favicon_ico_is_the_icon_itself_not_a_redirect(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content) == (STATIC / "favicon.ico").read_bytes()
    assert "max-age=86400" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_sites_pages_link_its_icons_and_manifest(client, home_page):
    html = client.get("/ar/").content.decode()
    head = BeautifulSoup(html, "html.parser").head
    links = {" ".join(link["rel"]): link["href"] for link in head.find_all("link")}
    assert links["manifest"] == "/manifest.webmanifest"  # per learner: app_identity.py
    assert links["apple-touch-icon"] == "/static/icons/apple-touch-icon.png"
    icons = [link["href"] for link in head.find_all("link", rel="icon")]
    assert icons == ["/static/favicon.ico", "/static/favicon.svg"]
    assert head.find("meta", attrs={"name": "application-name"})["content"] == "بصيرة"


# --- the crawl ---------------------------------------------------------------------------


@pytest.fixture
def production_static(settings, tmp_path):
    """collectstatic into a fresh STATIC_ROOT with hashed names, served by WhiteNoise."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    security = settings.MIDDLEWARE.index("django.middleware.security.SecurityMiddleware")
    settings.MIDDLEWARE = [*settings.MIDDLEWARE[: security + 1],
                           "whitenoise.middleware.WhiteNoiseMiddleware",
                           *settings.MIDDLEWARE[security + 1:]]
    settings.WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}
    return settings.STATIC_ROOT


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


class Crawl:
    """Pages reached by following links from a start page, and every asset they ask for."""

    def __init__(self, client: Client, media_root: Path):
        self.client = client
        self.media_root = media_root
        self.pages: dict[str, int] = {}
        self.templates: set[str] = set()
        self.assets: dict[str, str] = {}  # url -> "ok" or what went wrong
        self.asked_by: dict[str, str] = {}

    def walk(self, start: str, *, prefix: str, limit: int) -> None:
        queue, seen, per_parent = deque([start]), {start}, Counter()

        def follow(url: str) -> None:
            url = urldefrag(url).url
            parts = urlsplit(url)
            if parts.netloc not in ("", "testserver") or parts.scheme not in ("", "http"):
                return
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path in seen or not parts.path.startswith(prefix) or NOT_PAGES.search(parts.path):
                return
            parent = parts.path.rstrip("/").rsplit("/", 1)[0]
            if per_parent[parent] >= SAME_PARENT_LIMIT:
                return
            per_parent[parent] += 1
            seen.add(path)
            queue.append(path)

        visited = 0
        while queue and visited < limit:
            url = queue.popleft()
            visited += 1
            response = self.client.get(url)
            self.pages[url] = response.status_code
            if response.status_code in (301, 302, 303, 307, 308):
                follow(urljoin(url, response["Location"]))
                continue
            if not response.get("Content-Type", "").startswith("text/html"):
                continue
            self.templates.update(t.name for t in response.templates if t.name)
            soup = BeautifulSoup(response.content, "html.parser")
            for asset in self._assets_of(soup):
                self.check(urljoin(url, asset), asked_by=url)
            for link in soup.find_all("a", href=True):
                if not link.has_attr("download"):
                    follow(urljoin(url, link["href"]))

    @staticmethod
    def _assets_of(soup):
        for link in soup.find_all("link", href=True):
            if ASSET_RELS & set(link.get("rel", [])):
                yield link["href"]
        for tag in soup.find_all(["script", "img", "source", "audio", "video", "track"]):
            if tag.get("src"):
                yield tag["src"]
            for candidate in (tag.get("srcset") or "").split(","):
                if candidate.strip():
                    yield candidate.split()[0]
            if tag.get("poster"):
                yield tag["poster"]

    def check(self, url: str, *, asked_by: str) -> None:
        parts = urlsplit(url)
        if parts.scheme == "data" or url in self.assets:
            return
        self.asked_by[url] = asked_by
        if parts.netloc not in ("", "testserver"):
            self.assets[url] = "another host"
            return
        if parts.path.startswith("/media/"):
            # Uploads are served by the reverse proxy from MEDIA_ROOT, not by Django.
            found = (self.media_root / parts.path.removeprefix("/media/")).is_file()
            self.assets[url] = "ok" if found else "not in MEDIA_ROOT"
            return
        response = self.client.get(parts.path)
        if response.status_code != 200:
            self.assets[url] = f"{response.status_code} {response.get('Location', '')}".strip()
            return
        self.assets[url] = "ok"
        body, kind = _body(response), response["Content-Type"]
        if kind.startswith("text/css"):
            for found in CSS_URL.findall(body.decode()):
                self.check(urljoin(url, found), asked_by=url)
        elif parts.path.endswith(".webmanifest"):
            if kind != "application/manifest+json":
                self.assets[url] = f"served as {kind}"
            for icon in json.loads(body)["icons"]:
                self.check(urljoin(url, icon["src"]), asked_by=url)

    def failures(self) -> list[str]:
        return [f"{url} ({problem}) asked by {self.asked_by[url]}"
                for url, problem in sorted(self.assets.items()) if problem != "ok"]


@pytest.fixture
def seeded_demo(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.django_db
def test_every_asset_of_every_page_is_served_in_every_language(
    production_static, seeded_demo, settings
):
    """Visitors and a signed-in learner, in ar, en and fr, from the home page: each link,
    script, image, stylesheet url(), manifest icon and the favicon answers 200 at once."""
    anonymous, learner = Client(), Client()
    learner.force_login(get_user_model().objects.get(username="rawiya"))
    crawls = {"anonymous": Crawl(anonymous, settings.MEDIA_ROOT),
              "learner": Crawl(learner, settings.MEDIA_ROOT)}
    for crawl in crawls.values():
        crawl.check("/favicon.ico", asked_by="the browser")
        for lang in LANGUAGES:
            crawl.walk(f"/{lang}/", prefix=f"/{lang}/", limit=PAGE_LIMIT)

    problems = [f"{who}: {failure}" for who, crawl in crawls.items()
                for failure in crawl.failures()]
    assert not problems, "\n".join(problems)
    # The crawl reached every kind of page, and the pages' own assets were checked.
    anonymous_seen, learner_seen = crawls["anonymous"].templates, crawls["learner"].templates
    assert {"literacy/home_page.html", "courses/course_page.html",
            "literacy/accounts/login.html", "literacy/accounts/signup.html"} <= anonymous_seen
    assert {"courses/lesson_page.html", "courses/dashboard.html",
            "literacy/accounts/settings.html"} <= learner_seen
    for crawl in crawls.values():
        assert all(status < 500 for status in crawl.pages.values()), crawl.pages
        for lang in LANGUAGES:
            assert sum(url.startswith(f"/{lang}/") for url in crawl.pages) >= 10
        assets = [urlsplit(url).path for url in crawl.assets]
        assert "/manifest.webmanifest" in assets
        assert any(re.fullmatch(r"/static/icons/icon-maskable-512\.[0-9a-f]{12}\.png", a)
                   for a in assets)  # from the manifest
        assert any(a.startswith("/static/vendor/fonts/") for a in assets)  # from the CSS
