"""Offline reading (issue 17): what saving a course for offline use stores on a phone.

`offline`: Chromium at 360×740 in Arabic, signed in as an enrolled learner, against the
production settings (gunicorn, WhiteNoise, hashed static files) on localhost (a secure
context, so the service worker registers). The learner presses "Save this course for
offline use" on the demo disinformation course; the metric is the bytes the page reports
stored in the account's cache (course page, lessons, stylesheet, fonts, scripts, images at
phone size), read back from the saved record.

`offline_replay`: 5 learners in Chromium each queue 20 quiz submissions offline (each
with its own signed attempt token, as 20 visits to the quiz would give), all come back
online together and the service worker replays the queues. On the server:
`offline.replay_lost` = submissions with no attempt, `offline.replay_duplicated` =
attempts beyond one per submission. Both must be 0.
"""

import time
import uuid

from courses import services
from courses.models import CoursePage, LessonPage

from .groups_h5p_play import LEARNER, PASSWORD, _learner
from .measure import metric, production_env, production_server

COURSE_SLUG = "spotting-disinformation"
BUDGET = 1_500_000


def run(ctx):
    from django.core.management import call_command
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    call_command("seed_demo", stdout=open("/dev/null", "w"))
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    services.enroll(user=_learner(), course=course)
    with production_server(ctx["database_url"]) as base_url:
        base_url = base_url.replace("127.0.0.1", "localhost")  # Secure cookies kept there
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                 args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
            context.set_default_timeout(300_000)
            page = context.new_page()
            page.goto(base_url + "/ar/accounts/login/")
            page.fill("#id_username", LEARNER)
            page.fill("#id_password", PASSWORD)
            page.locator("main button[type=submit]").click()
            page.wait_for_load_state("load")
            page.goto(base_url + f"/ar/courses/{COURSE_SLUG}/")
            page.locator("[data-offline-start]").click()
            page.locator("[data-offline-saved]").wait_for(state="visible")
            saved = page.evaluate("""async () => {
                const names = (await caches.keys()).filter(n => /^basira-offline-[0-9a-f]+$/.test(n));
                const cache = await caches.open(names[0]);
                const record = await cache.match('/__basira/saved' + location.pathname);
                return {names, record: await record.json()};
            }""")
            browser.close()
    record = saved["record"]
    yield metric("offline.course_save_bytes", record["bytes"], "bytes", budget=BUDGET,
                 entries=len(record["urls"]), caches=saved["names"])


REPLAY_LEARNERS = 5
# Some answer to every question of the form, whatever its type (the grade does not matter).
ANSWER_EVERYTHING = """(selector) => document.querySelector(selector)
  .querySelectorAll("[data-question]").forEach((question) => {
    const groups = {};
    question.querySelectorAll("input[type=radio], input[type=checkbox]")
      .forEach((input) => { groups[input.name] = groups[input.name] || input; });
    Object.values(groups).forEach((input) => { input.checked = true; });
    question.querySelectorAll("select").forEach((select) => {
      select.selectedIndex = select.options.length - 1; });
    question.querySelectorAll("input[type=text], input:not([type]), textarea, input[type=number]")
      .forEach((input, i) => {
        if (!input.value) input.value = input.type === "number" ? String(i + 1) : "?";
      });
  })"""
REPLAY_EACH = 20


def _quiz_lesson(course):
    """A lesson of the course and an untimed quiz on it outside any pre/post series."""
    from django.db.models import Q

    from quizzes.models import Quiz

    for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
        ids = [getattr(block.value["quiz"], "pk", block.value["quiz"])
               for block in lesson.specific.body if block.block_type == "quiz"]
        quiz = (Quiz.objects.filter(pk__in=ids, series="")
                .filter(Q(time_limit_minutes=None) | Q(time_limit_minutes=0))
                .order_by("pk").first())
        if quiz is not None:
            return lesson.specific, quiz
    raise RuntimeError("the demo course has no untimed quiz")


def _replay_learners(course):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    hashed = PBKDF2PasswordHasher().encode(PASSWORD, "benchreplay", iterations=1000)
    users = []
    for n in range(REPLAY_LEARNERS):
        user, _created = get_user_model().objects.update_or_create(
            username=f"bench-replay-{n}", defaults={"password": hashed})
        services.enroll(user=user, course=course)
        users.append(user)
    return users


def run_replay(ctx):
    from django.core import signing
    from django.core.management import call_command
    from playwright.sync_api import sync_playwright

    from literacy.models import OfflineRejection
    from quizzes.attempts import TOKEN_SALT
    from quizzes.models import Attempt
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    if not CoursePage.objects.filter(slug=COURSE_SLUG).exists():
        call_command("seed_demo", stdout=open("/dev/null", "w"))
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    lesson, quiz = _quiz_lesson(course)
    limit = quiz.attempts_allowed
    quiz.attempts_allowed = 0  # 20 tries each; put back below
    quiz.save(update_fields=["attempts_allowed"])
    users = _replay_learners(course)
    Attempt.objects.filter(user__in=users).delete()
    lesson_url = lesson.url  # no ORM under Playwright's event loop
    secret = production_env(ctx["database_url"])["SECRET_KEY"]  # the server signs with it
    OfflineRejection.objects.filter(user__in=users).delete()
    keys = {user.pk: [str(uuid.uuid4()) for _ in range(REPLAY_EACH)] for user in users}

    def tokens_like(shown: str, user_keys: list[str]) -> list[str]:
        """Tokens for attempts 1..20 with the shown form's page and question order."""
        quiz_id, page_id, user_id, _number, _key, seed = signing.loads(
            shown, key=secret, salt=TOKEN_SALT)
        return [signing.dumps([quiz_id, page_id, user_id, number + 1, key, seed],
                              key=secret, salt=TOKEN_SALT, compress=True)
                for number, key in enumerate(user_keys)]

    try:
        with production_server(ctx["database_url"]) as base_url:
            base_url = base_url.replace("127.0.0.1", "localhost")
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                     args=CHROMIUM_ARGS)
                pages = []
                for user in users:
                    context = browser.new_context(viewport={"width": 360, "height": 740},
                                                  locale="ar")
                    context.set_default_timeout(120_000)
                    page = context.new_page()
                    page.goto(base_url + "/ar/accounts/login/")
                    page.fill("#id_username", user.username)
                    page.fill("#id_password", PASSWORD)
                    page.locator("main button[type=submit]").click()
                    page.wait_for_load_state("load")
                    page.goto(base_url + lesson_url)
                    page.evaluate("""() => navigator.serviceWorker.register('/sw.js', {scope: '/'})
                        .then(() => navigator.serviceWorker.ready)""")
                    page.reload()
                    page.wait_for_function("() => !!window.basiraOffline")
                    form = f'[data-quiz-form][action$="/quizzes/{quiz.pk}/submit/"]'
                    page.evaluate(ANSWER_EVERYTHING, form)
                    shown = page.locator(form + " [name=token]").input_value()
                    context.set_offline(True)
                    page.evaluate("""async ([selector, tokens]) => {
                        const form = document.querySelector(selector);
                        for (const token of tokens) {
                          form.querySelector('[name=token]').value = token;
                          await window.basiraOffline.queue(form);
                        }}""", [form, tokens_like(shown, keys[user.pk])])
                    pages.append((context, page))
                start = time.perf_counter()
                for context, _page in pages:
                    context.set_offline(False)
                for _context, page in pages:
                    page.wait_for_function(  # graded or refused: every one answered
                        f"() => document.querySelectorAll('.offline-notice').length >= {REPLAY_EACH}")
                seconds = time.perf_counter() - start
                browser.close()
    finally:
        quiz.attempts_allowed = limit
        quiz.save(update_fields=["attempts_allowed"])
    sent = {key for user_keys in keys.values() for key in user_keys}
    stored = [str(key) for key in Attempt.objects.filter(user__in=users)
              .values_list("idempotency_key", flat=True)]
    found = sent & set(stored)
    refused = OfflineRejection.objects.filter(user__in=users).count()
    yield metric("offline.replay_lost", len(sent - found), "submissions", sent=len(sent),
                 learners=len(users), replay_s=round(seconds, 1), refused=refused)
    yield metric("offline.replay_duplicated", len(stored) - len(found), "attempts",
                 attempts=len(stored))


GROUPS = {"offline": run, "offline_replay": run_replay}
