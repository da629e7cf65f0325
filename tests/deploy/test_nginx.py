"""Basira as deploy/ runs it: nginx (deploy/nginx/basira.conf, rendered for loopback ports)
in front of gunicorn and daphne started as their systemd units start them, with the
production settings on PostgreSQL and Redis.

A learner signs in, opens a lesson and submits its quiz through nginx while the
facilitator's dashboard socket, opened through nginx's /ws/, receives the event. Then the
headers of pages, static files and uploads, the proxy's body limit, and the logs: nginx's,
gunicorn's and daphne's hold no client address. The client connects from 127.0.0.2 (all of
127/8 is the loopback on Linux) so that its address stands apart from the servers' own.
"""

import asyncio
import http.client
import http.cookiejar
import os
import re
import shlex
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from functools import partial
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.test import Client

from courses.models import LessonProgress, Organisation
from literacy.security.testing import login_verified
from quizzes.demo import create_quiz
from tests.courses.builders import lessons_of, make_catalogue, make_course
from tests.courses.cohort_fixtures import make_cohort, make_facilitator
from tests.courses.wsclient import WebSocket
from tests.factories import UserFactory
from tests.quizzes.data import quiz_data
from tests.quizzes.helpers import answer_fields
from tests.servers import free_port, wait_for_port

from .conftest import require_stack

pytestmark = [pytest.mark.deploy, pytest.mark.django_db(transaction=True), pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
CLIENT_IP = "127.0.0.2"
PASSWORD = "a long learner passphrase"  # noqa: S105


def _database_url() -> str:
    db = settings.DATABASES["default"]
    return (f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}")


def unit_command(unit: str, replace: dict[str, str]) -> list[str]:
    """The ExecStart of a deploy/systemd unit, run from this checkout's virtualenv."""
    text = (DEPLOY / "systemd" / unit).read_text().replace("\\\n", " ")
    line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    argv = shlex.split(line.removeprefix("ExecStart="))
    program = Path(argv[0]).name
    argv = ([sys.executable] if program == "python" else [sys.executable, "-m", program]) \
        + argv[1:]
    return [replace.get(arg, arg) for arg in argv]


def unit_environment(unit: str) -> dict[str, str]:
    """The Environment= lines of a deploy/systemd unit."""
    text = (DEPLOY / "systemd" / unit).read_text()
    return dict(line.removeprefix("Environment=").split("=", 1)
                for line in text.splitlines() if line.startswith("Environment="))


def start(argv, env, log: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log.open("ab"),
                               stderr=subprocess.STDOUT)
    # Generous: on a busy CI machine loading Django and Wagtail takes a while.
    if not wait_for_port(port, timeout=180) or process.poll() is not None:
        process.kill()
        raise RuntimeError(f"{argv[:3]} did not start: {log.read_text()[-2000:]}")
    return process


def nginx_main_conf(root: Path, site: Path) -> str:
    # As root, nginx's workers would run as "nobody", who cannot read pytest's folders.
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (f"{user}worker_processes 1;\npid {root}/nginx.pid;\n"
            "events { worker_connections 128; }\n"
            "http {\n  include /etc/nginx/mime.types;\n  access_log off;\n"
            f"  client_body_temp_path {root}/body;\n  proxy_temp_path {root}/proxy;\n"
            f"  fastcgi_temp_path {root}/tmp; uwsgi_temp_path {root}/tmp;\n"
            f"  scgi_temp_path {root}/tmp;\n  include {site};\n}}\n")


@pytest.fixture(scope="module")
def stack(tmp_path_factory, django_db_setup, django_db_blocker):
    require_stack()
    root = tmp_path_factory.mktemp("deploy")
    logs = root / "logs"
    for folder in ("logs", "static", "media", "body", "proxy", "tmp", "state"):
        (root / folder).mkdir()
    # The units' own environment (the production settings refuse to start without the
    # erasure journal they name), its state folder moved under this test's.
    journal = Path(unit_environment("basira-web.service")["LITERACY_ERASURE_JOURNAL"])
    env = {**os.environ, **unit_environment("basira-web.service"),
           "LITERACY_ERASURE_JOURNAL": str(root / "state" / journal.name),
           "SECRET_KEY": settings.SECRET_KEY,  # sessions made here are read there
           "ALLOWED_HOSTS": "127.0.0.1,localhost", "DATABASE_URL": _database_url(),
           "CACHE_KEY_PREFIX": f"deploy-test-{os.getpid()}", "SECURE_SSL_REDIRECT": "0",
           "STATIC_ROOT": str(root / "static"), "MEDIA_ROOT": str(root / "media"),
           "PYTHONUNBUFFERED": "1"}
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
                   cwd=ROOT, env=env, check=True)
    web, ws, proxy = free_port(), free_port(), free_port()
    processes = []  # stopped in the end even when a later one fails to start
    try:
        processes.append(start(unit_command("basira-web.service", {
            "127.0.0.1:8000": f"127.0.0.1:{web}", "4": "2"}), env, logs / "gunicorn.log", web))
        processes.append(start(unit_command("basira-ws.service", {"8001": str(ws)}), env,
                               logs / "daphne.log", ws))
        site = root / "site.conf"
        site.write_text(subprocess.run(
            [sys.executable, str(DEPLOY / "render.py"), str(DEPLOY / "nginx" / "basira.conf"),
             "SERVER_NAME=127.0.0.1 localhost", f"LISTEN=127.0.0.1:{proxy}",
             f"WEB=127.0.0.1:{web}", f"WS=127.0.0.1:{ws}", f"STATIC_ROOT={root / 'static'}",
             f"MEDIA_ROOT={root / 'media'}", f"LOG_DIR={logs}", f"DEPLOY_DIR={DEPLOY}"],
            check=True, capture_output=True, text=True).stdout)
        (root / "nginx.conf").write_text(nginx_main_conf(root, site))
        nginx = ["nginx", "-p", str(root), "-c", str(root / "nginx.conf"),
                 "-e", str(logs / "nginx-main.error.log")]
        subprocess.run([*nginx, "-t", "-q"], check=True)
        processes.append(start([*nginx, "-g", "daemon off;"], env, logs / "nginx.out",
                               proxy))
        yield {"port": proxy, "root": root, "logs": logs}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


class _FromClientAddress(urllib.request.HTTPHandler):
    def http_open(self, request):
        return self.do_open(partial(http.client.HTTPConnection,
                                    source_address=(CLIENT_IP, 0)), request)


class _LoopbackCookies(http.cookiejar.DefaultCookiePolicy):
    # The production cookies are Secure; TLS is the host's, and this is the loopback.
    def return_ok_secure(self, cookie, request):
        return True


class Browser:
    """A learner's browser: cookies kept, redirects followed, from CLIENT_IP."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            _FromClientAddress(), urllib.request.HTTPCookieProcessor(
                http.cookiejar.CookieJar(policy=_LoopbackCookies())))

    def open(self, path: str, data: dict | bytes | None = None, headers=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() \
            if isinstance(data, dict) else data
        request = urllib.request.Request(self.base + path, data=body,
                                         headers=headers or {})
        try:
            return self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            return error


def _logged(log: Path, line: str) -> str:
    """The log once it holds ``line`` (nginx writes a line when it has finished with the
    request, which for a refused body is after discarding it)."""
    for _ in range(100):
        text = log.read_text()
        if line in text:
            return text
        time.sleep(0.1)
    raise AssertionError(f"{log.name} has no {line!r}:\n{text}")


def _field(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


@pytest.fixture
def journey_data(home_page):
    quiz = create_quiz("deploy-quiz", quiz_data())
    course = make_course(make_catalogue(home_page), rule="quiz", modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = [*lesson.body.raw_data, {"type": "quiz", "value": {"quiz": quiz.pk}}]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    learner = UserFactory(username="deploy-learner")
    # Production checks passwords with its own hasher (the tests use a fast one).
    learner.password = PBKDF2PasswordHasher().encode(PASSWORD, "deploytestsalt")
    learner.save()
    organisation = Organisation.objects.create(name="deploy")
    facilitator = make_facilitator("deploy-facilitator", organisation)
    cohort = make_cohort(name="deploy", organisation=organisation, facilitator=facilitator,
                         courses=[course], learners=[learner])
    client = Client()
    login_verified(client, facilitator)
    return {"quiz": quiz, "lesson": lesson, "learner": learner, "cohort": cohort,
            "facilitator_session": client.cookies["sessionid"].value}


def test_a_learner_journey_and_a_live_socket_through_nginx(stack, journey_data):
    port, logs = stack["port"], stack["logs"]
    base = f"http://127.0.0.1:{port}"
    learner, lesson, quiz = (journey_data[k] for k in ("learner", "lesson", "quiz"))
    browser = Browser(base)

    login = browser.open("/ar/accounts/login/")
    assert login.status == 200
    signed_in = browser.open("/ar/accounts/login/", {
        "username": learner.username, "password": PASSWORD,
        "csrfmiddlewaretoken": _field(login.read().decode(), "csrfmiddlewaretoken")})
    assert signed_in.status == 200 and "/accounts/login/" not in signed_in.url

    page = browser.open(lesson.url)
    html = page.read().decode()
    assert page.status == 200 and 'class="question question--' in html
    action = re.search(r'action="([^"]*/quizzes/\d+/submit/)"', html).group(1)
    answers = {**answer_fields(quiz), "token": _field(html, "token"),
               "csrfmiddlewaretoken": _field(html, "csrfmiddlewaretoken")}

    async def live():
        socket = await WebSocket.connect(
            "127.0.0.1", port, f"/ws/cohorts/{journey_data['cohort'].pk}/",
            origin=base, cookie=f"sessionid={journey_data['facilitator_session']}",
            local_addr=(CLIENT_IP, 0))
        assert (await socket.receive_json())["type"] == "hello"
        submitted = await asyncio.to_thread(browser.open, action, answers)
        events = []
        while not any(e.get("user") == learner.pk for e in events):
            events.append(await asyncio.wait_for(socket.receive_json(), timeout=15))
        socket.writer.close()
        return submitted, events

    submitted, events = asyncio.run(live())
    assert submitted.status == 200 and "/quizzes/attempts/" in submitted.url
    assert quiz.attempts.filter(user=learner, submitted_at__isnull=False).exists()
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).exists()
    assert any(e["type"].startswith("cohort.") for e in events if e.get("user") == learner.pk)

    # Pages come from Basira with its headers; nginx says nothing of its version.
    headers = page.headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "geolocation=()" in headers["Permissions-Policy"]
    assert headers["Server"] == "nginx"

    # Static files and uploads are nginx's, with the headers the README asks for.
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', html).group(1)
    static = browser.open(stylesheet)
    assert static.status == 200 and static.headers["X-Content-Type-Options"] == "nosniff"
    assert "immutable" in static.headers["Cache-Control"]
    image = stack["root"] / "media" / "original_images" / "field.svg"
    image.parent.mkdir(exist_ok=True)
    image.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    media = browser.open("/media/original_images/field.svg")
    assert media.status == 200
    assert media.headers["Content-Security-Policy"] == (
        "default-src 'none'; style-src 'unsafe-inline'; sandbox")
    assert media.headers["X-Content-Type-Options"] == "nosniff"

    # A body over the limit is refused by nginx: gunicorn never sees it.
    refused = browser.open("/ar/accounts/login/?oversized", b"x" * (600 * 1024),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert refused.status == 413

    access = _logged(logs / "basira.access.log", "POST /ar/accounts/login/ 413")
    assert action in access
    assert "oversized" not in access  # no query strings
    gunicorn = (logs / "gunicorn.log").read_text()
    assert "POST /ar/accounts/login/ 302" in gunicorn
    assert "POST /ar/accounts/login/ 413" not in gunicorn
    for log in sorted(logs.iterdir()):
        text = log.read_text(errors="replace")
        assert CLIENT_IP not in text, f"{log.name} records the client's address"
        assert learner.username not in text, f"{log.name} records a pseudonym"
