"""Offline reading (issue 17, docs/design.md "Offline caching"): a learner saves the demo
disinformation course on a 360×740 phone in Arabic, the network goes (airplane mode), and
three saved lessons open and lead to one another, the course's glossary opens, the lesson
images were kept at phone size, and a page that was not saved shows the offline page with
the list of what is saved; a quiz answered offline is graded once when the connection
returns, and a stale one is refused in words; signing out asks first while answers still
wait on the phone; "forget this device" leaves nothing of it on the phone. Screenshots in artifacts/journeys/offline/."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from bench.groups_offline import ANSWER_EVERYTHING
from courses import services
from courses.models import CoursePage
from literacy.models import OfflineRejection
from quizzes.models import Attempt
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

COURSE = "/ar/courses/spotting-disinformation/"


SIGN_OUT_WARNING = ("بعض إجاباتك التي قدّمتها دون اتصال لم تُرسَل بعد، وتسجيل الخروج يحذفها "
                    "من هذا الهاتف. أتريد تسجيل الخروج على أي حال؟")

# The forms waiting in the phone's offline queue (literacy/offline_src/queue.js).
QUEUED = """() => new Promise((resolve, reject) => {
  const opened = indexedDB.open("basira-offline");
  opened.onerror = reject;
  opened.onsuccess = () => {
    const all = opened.result.transaction("queue").objectStore("queue").getAllKeys();
    all.onsuccess = () => resolve(all.result.filter((key) => key.includes("/q/")).length);
  };
})"""

# The images a saved lesson shows, as the phone's cache holds them.
SAVED_IMAGES = """async () => {
  const names = (await caches.keys()).filter((name) => /^basira-offline-[0-9a-f]+$/.test(name));
  const cache = await caches.open(names[0]);
  const found = [];
  for (const request of await cache.keys()) {
    if (!new URL(request.url).pathname.startsWith("/media/")) continue;
    const response = await cache.match(request);
    found.push([new URL(request.url).pathname, response.status, (await response.blob()).size]);
  }
  return found;
}"""


def test_a_saved_course_opens_without_the_network(journey, live_server, demo_site, settings):
    settings.ROOT_URLCONF = "tests.browser.media_urls"  # the lesson images, as in production
    base = live_server.url
    reader = journey("offline")
    page = reader.page
    page.set_default_timeout(60_000)  # a loaded machine: saving fetches every lesson
    user = UserFactory(username="offline_reader")
    services.enroll(user=user, course=CoursePage.objects.get(slug="spotting-disinformation"))
    reader.sign_in(base, user)

    page.goto(base + COURSE)
    box = page.locator("[data-offline-save]")
    assert box.is_visible()
    assert not page.locator("[data-offline-remove]").is_visible()
    reader.shot("course-before-saving")
    page.get_by_role("button", name="احفظ هذه الدورة للقراءة دون اتصال").click()
    page.locator("[data-offline-saved]").wait_for(state="visible", timeout=180_000)
    assert "متاحة دون اتصال" in page.locator("[data-offline-saved]").inner_text()
    assert page.get_by_role("button", name="احذف النسخة المحفوظة دون اتصال").is_visible()
    assert not page.locator("[data-offline-start]").is_visible()
    reader.shot("course-saved")
    lessons = box.get_attribute("data-lessons").split()
    assert len(lessons) >= 3
    glossary = box.get_attribute("data-pages").split()[0]
    images = page.evaluate(SAVED_IMAGES)
    assert len(images) >= 2 and all(status == 200 and size > 0 for _p, status, size in images)
    # Phone size: a photo as one of the srcset's renditions (at most 800 px), never the
    # uploaded original; the course's diagrams are SVG drawn 360 wide.
    assert all(path.endswith(".svg") or path.startswith("/media/images/")
               for path, _s, _b in images), images

    reader.context.set_offline(True)
    page.goto(base + lessons[0])
    titles = [page.locator("h1").inner_text()]
    reader.shot("lesson-offline")
    for _step in range(2):  # on to the next two lessons by the lesson pager
        page.locator("a.pager__next").click()
        page.wait_for_load_state()
        titles.append(page.locator("h1").inner_text())
    assert page.url == base + lessons[2]
    assert len(set(titles)) == 3 and all(titles), titles
    page.locator("a.pager__prev").click()
    page.wait_for_load_state()
    assert page.url == base + lessons[1]
    page.goto(base + glossary)
    assert page.locator("h1").inner_text() == "المسرد"
    assert page.locator(".course-glossary__terms dt").count() >= 3
    reader.shot("glossary-offline")
    # A page that was not saved: the offline page, with what is saved, not the browser's error.
    page.goto(base + "/ar/learn/search/?q=offline")
    assert page.locator("h1").inner_text() == "أنت غير متصل"
    saved = page.locator(".offline-fallback__saved")
    assert saved.locator("a").first.get_attribute("href") == COURSE
    assert saved.locator("a").count() >= len(lessons) + 1
    reader.shot("fallback-offline")
    # Offline, a quiz's answers wait on the phone; online again, they are graded once.
    quiz_url = next(url for url in lessons if _has_quiz(page, base + url))
    form = page.locator("[data-quiz-form]").first
    page.evaluate(ANSWER_EVERYTHING, "[data-quiz-form]")  # the first form
    form.locator("button[type=submit]").click()
    notice = form.locator(".quiz__offline")
    expect(notice).to_contain_text("التصحيح ينتظر الاتصال")
    assert page.url == base + quiz_url
    notice.scroll_into_view_if_needed()
    page.screenshot(path=str(reader.folder / "quiz-offline-notice.png"))

    reader.context.set_offline(False)
    graded = page.locator(".offline-notice--graded")
    expect(graded).to_contain_text("صُحّحت إجاباتك", timeout=60_000)
    graded.scroll_into_view_if_needed()
    page.screenshot(path=str(reader.folder / "graded-after-reconnect.png"))
    attempts = Attempt.objects.filter(user=user)
    assert attempts.count() == 1
    assert graded.get_by_role("link").get_attribute("href") == \
        reverse("quizzes:attempt", args=[attempts.get().pk])

    # A stale form sent offline (here its token no longer valid) is refused in words and
    # kept in the learner's data; nothing is graded.
    reader.context.set_offline(True)
    form.locator("[name=token]").evaluate("field => { field.value = 'stale'; }")
    form.locator("button[type=submit]").evaluate("button => { button.disabled = false; }")
    form.locator("button[type=submit]").click()
    expect(notice).to_contain_text("التصحيح ينتظر الاتصال")
    reader.context.set_offline(False)
    refused = page.locator(".offline-notice--rejected")
    expect(refused).to_contain_text("لم يُقبل", timeout=60_000)
    refused.scroll_into_view_if_needed()
    page.screenshot(path=str(reader.folder / "stale-submission.png"))
    assert Attempt.objects.filter(user=user).count() == 1
    assert OfflineRejection.objects.filter(user=user).count() == 1

    # Answers still on the phone when the learner signs out (here the server cannot be
    # reached for quiz forms, so one stays queued while online): signing out would delete
    # them, so the phone asks first, and "cancel" keeps the session and the queue.
    # (The context's route reaches the service worker's Background Sync too.)
    reader.context.route("**/quizzes/*/submit/", lambda route: route.abort())
    reader.context.set_offline(True)
    form.locator("button[type=submit]").evaluate("button => { button.disabled = false; }")
    form.locator("button[type=submit]").click()
    expect(notice).to_contain_text("التصحيح ينتظر الاتصال")
    reader.context.set_offline(False)
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.locator("form[data-sign-out][action$='/logout/'] button").first.click()
    _wait_for(page, lambda: asked)
    assert asked == [SIGN_OUT_WARNING]
    assert page.url == base + quiz_url
    assert [c for c in reader.context.cookies() if c["name"] == "sessionid"]
    assert page.evaluate(QUEUED) == 1

    # "Forget this device": signed out, and the saved course, the queue and the service
    # worker gone from the phone (Clear-Site-Data), so the next person finds nothing,
    # once the learner has said yes to losing what still waits.
    page.goto(base + reverse("accounts:settings"))
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    page.get_by_role("button", name="تسجيل الخروج ونسيان هذا الجهاز").click()
    expect(page.locator("main")).to_contain_text("نُسي هذا الجهاز")
    reader.shot("device-forgotten")
    left = page.evaluate("""async () => ({
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      databases: (await indexedDB.databases()).map((db) => db.name)})""")
    assert left == {"caches": [], "workers": 0, "databases": []}, left
    assert not [c for c in reader.context.cookies() if c["name"] == "sessionid"]
    assert asked == [SIGN_OUT_WARNING] * 2


def _wait_for(page, condition, seconds=10):
    for _ in range(seconds * 10):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError("the page never asked")


def _has_quiz(page, url):
    page.goto(url)
    return page.locator("[data-quiz-form] button[type=submit]").count() > 0
