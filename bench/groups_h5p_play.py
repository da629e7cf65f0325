"""H5P as learners get it (issue 15): what a lesson with two activities weighs, and
whether real packages play.

`h5p_lesson`: the demo lesson that places two H5P activities, for a signed-in learner,
production settings (gunicorn, WhiteNoise, GZip), Chromium at 360×740 in Arabic. Bytes
are CDP ``Network.loadingFinished`` ``encodedDataLength`` (headers and bodies as they came
over the wire; 0 for what the cache served), summed from navigation until both frames
said "ready", scrolled through so the second (lazy) frame loads too. The H5P origin is
``127.0.0.1``, the site ``localhost``: another site, so Chromium would put the frames in
their own processes, which a page's CDP session does not see; site isolation is switched
off for the measure (the bytes are the same, the cache partitions are not process-bound).

`h5p_real`: each real package of ../shared/fixtures/h5p/ (tests/h5p_fixtures.py) and an
Arabic Multiple Choice built from their libraries, ingested, placed in a lesson and
answered in Chromium; ``played`` counts those that said "ready" and stored a result.
"""

import io
import os
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.test import override_settings

from courses import services
from courses.demo import stored_stream
from courses.models import LessonPage
from quizzes.h5p.ingest import ingest_package
from quizzes.models import H5PResult
from tests.h5p_fixtures import (
    REAL_PACKAGES,
    answer_arabic_choice,
    build_arabic_choice,
    fixture_path,
    fixtures_dir,
)

from .measure import metric, production_server

LEARNER = "bench-h5p-learner"
PASSWORD = "bench-h5p-learner-password"  # noqa: S105 - throwaway bench database
MEASURE_ARGS = ["--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process"]


def _files_root() -> Path:
    return Path(os.environ.get("BENCH_DIR", "/tmp")) / "h5p-files"


def _learner():
    """The bench learner, with a password hash the production server can check (the
    bench process runs the test settings, whose fast hasher production does not know)."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    User = get_user_model()
    user = User.objects.filter(username=LEARNER).first() or User(username=LEARNER)
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save()
    return user


def _two_activity_lesson():
    """The demo's lesson with two H5P blocks (seeded if need be)."""
    from django.core.management import call_command

    call_command("seed_demo", stdout=open(os.devnull, "w"))
    for lesson in LessonPage.objects.live().order_by("path"):
        if sum(1 for block in lesson.body if block.block_type == "h5p") >= 2:
            return lesson
    raise RuntimeError("the demo has no lesson with two H5P activities")


@contextmanager
def _server(ctx):
    """The site on http://localhost (Chromium keeps the production settings' Secure
    cookies there, not on http://127.0.0.1), the H5P origin on 127.0.0.1."""
    env = {"QUIZZES_H5P_ORIGIN": "http://127.0.0.1:{port}",
           "QUIZZES_H5P_FILES_ROOT": str(_files_root())}
    with production_server(ctx["database_url"], extra_env=env) as base_url:
        yield base_url.replace("127.0.0.1", "localhost")


def _browser(playwright):
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                      args=CHROMIUM_ARGS + MEASURE_ARGS)


def _login(page, base_url):
    page.goto(base_url + "/ar/accounts/login/")
    page.fill("#id_username", LEARNER)
    page.fill("#id_password", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state("networkidle")


def _all_ready(page, timeout_ms=90000):
    """Scroll through the lesson (frames load when near) until every frame is ready."""
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        done = page.evaluate("""() => {
            const frames = Array.from(document.querySelectorAll('iframe.h5p-activity__frame'));
            window.scrollBy(0, window.innerHeight / 2);
            return frames.length > 0 && frames.every(f => f.dataset.ready === 'true');
        }""")
        if done:
            return True
        page.wait_for_timeout(300)
    return False


def _lesson_weight(base_url: str, path: str) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = _browser(playwright)
        context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
        page = context.new_page()
        _login(page, base_url)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.clearBrowserCache")  # only the session cookie is kept
        seen = {"bytes": 0, "requests": 0, "by_host": {}, "urls": {}, "sizes": {}}

        def finished(event):
            seen["bytes"] += event["encodedDataLength"]
            url = seen["urls"].get(event["requestId"], "?")
            seen["sizes"][url] = seen["sizes"].get(url, 0) + event["encodedDataLength"]

        def sent(event):
            url = event["request"]["url"]
            if not url.startswith("http"):
                return  # blob: and data: URLs cost nothing on the wire
            seen["urls"][event["requestId"]] = urlsplit(url).path[-60:]
            seen["requests"] += 1
            host = urlsplit(url).hostname
            seen["by_host"][host] = seen["by_host"].get(host, 0) + 1

        cdp.on("Network.loadingFinished", finished)
        cdp.on("Network.requestWillBeSent", sent)

        def view():
            seen.update(bytes=0, requests=0, by_host={}, urls={}, sizes={})
            page.goto(base_url + path, wait_until="load")
            ready = _all_ready(page)
            # Not "networkidle": a player saves its state now and then. Fonts and the
            # last stylesheets settle within this.
            page.wait_for_timeout(3000)
            heaviest = sorted(seen["sizes"].items(), key=lambda item: -item[1])[:15]
            return {"bytes": seen["bytes"], "requests": seen["requests"], "ready": ready,
                    "by_host": dict(seen["by_host"]), "heaviest": dict(heaviest)}

        first = view()
        repeat = view()
        browser.close()
    return {"first": first, "repeat": repeat}


def run_lesson(ctx):
    with override_settings(QUIZZES_H5P_FILES_ROOT=_files_root()):
        lesson = _two_activity_lesson()
        user = _learner()
        course = lesson.get_ancestors().type(__import__("courses").models.CoursePage).first()
        services.enroll(user=user, course=course.specific)
    path = urlsplit(lesson.get_url()).path
    with _server(ctx) as base_url:
        weight = _lesson_weight(base_url, path)
    first, repeat = weight["first"], weight["repeat"]
    yield metric("h5p_lesson.first_view_bytes", first["bytes"], "bytes", budget=204800,
                 both_ready=first["ready"], requests_by_host=first["by_host"],
                 heaviest=first["heaviest"])
    yield metric("h5p_lesson.repeat_view_bytes", repeat["bytes"], "bytes", budget=30720,
                 both_ready=repeat["ready"], requests=repeat["requests"],
                 heaviest=repeat["heaviest"])
    yield metric("h5p_lesson.requests_first_view", first["requests"], "requests")


def _real_lessons():
    """[(name, package, lesson, answer)] for the real packages found, and how many."""
    from wagtail.models import Site

    from courses.models import CoursePage, ModulePage
    from tests.courses.builders import make_catalogue

    home = Site.objects.get(is_default_site=True).root_page.specific
    catalogue = make_catalogue(home)
    course = CoursePage.objects.filter(slug="bench-h5p-real").first()
    if course is None:
        course = CoursePage(title="نشاطات حقيقية", slug="bench-h5p-real")
        catalogue.add_child(instance=course)
        course.save_revision().publish()
        module = ModulePage(title="وحدة", slug="m1")
        course.add_child(instance=module)
        module.save_revision().publish()
    module = ModulePage.objects.child_of(course).first()
    found = [(name, fixture_path(name).read_bytes(), answer, "en")
             for name, answer in REAL_PACKAGES.items() if fixture_path(name)]
    if fixture_path("multichoice.h5p"):
        found.append(("arabic-choice (built)", build_arabic_choice(fixture_path("multichoice.h5p")),
                      answer_arabic_choice, ""))
    placed = []
    for index, (name, data, answer, language) in enumerate(found):
        started = time.perf_counter()
        package = ingest_package(upload=io.BytesIO(data), title=name)
        seconds = time.perf_counter() - started
        package.language = language
        package.save()
        lesson = LessonPage(title=name, slug=f"real-{index}-{package.pk}", body=stored_stream([
            {"type": "h5p", "value": {"package": package.pk, "completes_lesson": False}}]))
        module.add_child(instance=lesson)
        lesson.save_revision().publish()
        placed.append((name, package, lesson, answer, seconds))
    return course, placed


def run_real(ctx):
    from playwright.sync_api import sync_playwright

    with override_settings(QUIZZES_H5P_FILES_ROOT=_files_root()):
        course, placed = _real_lessons()
        user = _learner()
        services.enroll(user=user, course=course)
    # URLs and results are read outside Playwright's loop (the ORM refuses to run in it).
    paths = [urlsplit(lesson.get_url()).path for _name, _package, lesson, _a, _s in placed]
    details = {}
    if placed:
        with _server(ctx) as base_url, sync_playwright() as playwright:
            browser = _browser(playwright)
            page = browser.new_context(viewport={"width": 360, "height": 740},
                                       locale="ar").new_page()
            _login(page, base_url)
            signed_in = any(cookie["name"] == "sessionid" for cookie in page.context.cookies())
            for (name, _package, _lesson, answer, seconds), path in zip(placed, paths, strict=True):
                outcome = {"ingest_s": round(seconds, 3), "signed_in": signed_in}
                page.goto(base_url + path)
                outcome["ready"] = _all_ready(page, 60000)
                outcome["can_record"] = page.evaluate(
                    "() => document.querySelector('iframe.h5p-activity__frame')"
                    ".dataset.canRecord")
                if outcome["ready"]:
                    try:
                        answer(page.frame_locator("iframe.h5p-activity__frame"))
                        page.locator(".h5p-activity__status:not(:empty)").wait_for(timeout=30000)
                    except Exception as error:  # noqa: BLE001 - reported, not raised
                        outcome["error"] = str(error)[:120]
                        outcome["said"] = page.evaluate(
                            "() => Array.from(document.querySelectorAll('.h5p-activity p'))"
                            ".map(p => p.textContent.trim()).filter(Boolean)")
                    page.wait_for_timeout(500)
                details[name] = outcome
            browser.close()
    played = 0
    for name, package, _lesson, _answer, _seconds in placed:
        result = H5PResult.objects.filter(user=user, package=package).first()
        details[name]["stored"] = f"{result.score}/{result.max_score}" if result else None
        played += bool(details[name]["ready"] and result)
    yield metric("h5p_real.played", played, "packages", of=len(placed), packages=details,
                 fixtures=str(fixtures_dir()))


GROUPS = {"h5p_lesson": run_lesson, "h5p_real": run_real}
