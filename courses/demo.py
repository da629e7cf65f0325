"""The demo curriculum: catalogue, topics, glossary, courses, demo users and progress.

Reads courses/demo_content/ (plain data). Idempotent: every object is found again by a
stable key (slug, glossary key, file name, username) and created only when missing, so a
second run creates nothing and overwrites nothing an editor changed. A course module that
is not written yet, or does not import, is skipped with a note.
"""

import datetime
import datetime as dt
import uuid
from pathlib import Path

import willow
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Site

from literacy.models import HomePage
from quizzes import demo_h5p
from quizzes.demo import create_quiz, series_of

from . import conf, demo_content, services
from .completion import completion_for
from .demo_content import disinformation, rights, safety
from .demo_content.booster_disinformation import BOOSTER_KEY, QUIZZES_BOOSTER
from .demo_content.glossary_disinformation import GLOSSARY_DISINFORMATION
from .demo_content.glossary_safety_rights import GLOSSARY_SAFETY_RIGHTS
from .demo_content.local_resources import RESOURCES
from .demo_content.prepost_rights import QUIZZES_PREPOST_RIGHTS
from .demo_content.prepost_safety import QUIZZES_PREPOST_SAFETY
from .demo_content.quiz_bank_disinformation import QUIZZES_DISINFORMATION
from .demo_content.quiz_bank_safety_rights import QUIZZES_SAFETY_RIGHTS
from .models import (
    BoosterAssignment,  # (as above)
    CourseIndexPage,
    CoursePage,
    Enrollment,
    GlossaryTerm,
    LessonPage,
    LocalResource,
    ModulePage,
    Topic,
)
from .permissions import EDITORS, FACILITATORS, ensure_groups

CONTENT_DIR = Path(demo_content.__file__).parent
LANGS = ("ar", "en", "fr")
DEMO_PASSWORD = "basira-demo-learner"  # noqa: S105 - demo accounts only, printed by seed

TOPICS = {
    "disinformation": {"ar": "التضليل", "en": "Disinformation", "fr": "Désinformation"},
    "safe-platform-use": {"ar": "الاستخدام الآمن للمنصات", "en": "Safe platform use",
                          "fr": "Utiliser les plateformes en sécurité"},
    "digital-rights": {"ar": "الحقوق الرقمية", "en": "Digital rights",
                       "fr": "Droits numériques"},
}
CATALOGUE = {
    "ar": ("الدورات", "دورات قصيرة ومجانية تتعلّمها بالسرعة التي تناسبك."),
    "en": ("Courses", "Short, free courses you follow at your own pace."),
    "fr": ("Cours", "Des cours courts et gratuits, à suivre à votre rythme."),
}
DEMO_USERS = [
    # username, group, progress: {course slug: number of lessons complete, or "all"}
    ("demo-editor", EDITORS, {}),
    ("demo-facilitator", FACILITATORS, {}),
    ("rawiya", None, {"spotting-disinformation": 3}),
    ("sami", None, {"spotting-disinformation": "all"}),
    ("noor", None, {"safe-platform-use": 1}),
]


class MissingLanguage(Exception):
    pass


def text(value, lang: str, *, strict: bool = False) -> str:
    """The `lang` string of a T(...) dict; strict: raise when it is missing (so that a
    partly translated lesson keeps the Arabic fallback instead of mixing languages)."""
    if isinstance(value, str):
        return value
    if lang in value and value[lang]:
        return value[lang]
    if strict:
        raise MissingLanguage(lang)
    return value.get("ar", "")


def load_courses() -> list[dict]:
    return [disinformation.COURSE, safety.COURSE, rights.COURSE]


def load_glossary() -> dict:
    return {**GLOSSARY_DISINFORMATION, **GLOSSARY_SAFETY_RIGHTS}


def seed_topics() -> dict[str, Topic]:
    topics = {}
    for slug, names in TOPICS.items():
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            topic = Topic(slug=slug, **{f"name_{lang}": names[lang] for lang in LANGS})
            topic.name = names["ar"]
            topic.save()
        topics[slug] = topic
    return topics


def seed_glossary(glossary: dict) -> dict[str, GlossaryTerm]:
    terms = {t.key: t for t in GlossaryTerm.objects.filter(key__in=list(glossary))}
    for key, entry in glossary.items():
        if key in terms:
            continue
        term = GlossaryTerm(key=key)
        for lang in LANGS:
            if lang in entry["term"]:
                setattr(term, f"term_{lang}", entry["term"][lang])
                setattr(term, f"definition_{lang}", text(entry["definition"], lang))
        term.term, term.definition = entry["term"]["ar"], entry["definition"]["ar"]
        term.save()
        terms[key] = term
    return terms


def seed_local_resources(resources: list[dict]) -> int:
    """Create the dated resources missing by key; an editor's changes are kept."""
    existing = set(LocalResource.objects.filter(
        key__in=[r["key"] for r in resources]).values_list("key", flat=True))
    created = 0
    for data in resources:
        if data["key"] in existing:
            continue
        resource = LocalResource(
            key=data["key"], country=data["country"], kind=data["kind"], url=data["url"],
            checked_on=datetime.date.fromisoformat(data["checked_on"]),
            review_interval_days=data["review_interval_days"])
        _translate(resource, "name", data["name"])
        _translate(resource, "note", data["note"])
        resource.save()
        created += 1
    return created


def _image(name: str):
    Image = get_image_model()
    title = f"demo: {name}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        path = CONTENT_DIR / "images" / name
        if not path.exists():
            return None

        with path.open("rb") as handle:
            width, height = willow.Image.open(handle).get_size()
        image = Image(title=title)
        image.file.save(name, ContentFile(path.read_bytes()), save=False)
        # The file field reads dimensions with Pillow, which cannot read SVG.
        image.width, image.height = width, height
        image.save()
    return image


def _image_value(value, t, ctx):
    image = _image(value["file"])
    if image is None:
        return None
    return {"image": image.pk, "alt": t(value["alt"]), "caption": t(value.get("caption", ""))}


def _glossary_value(value, t, ctx):
    term = ctx["terms"].get(value["term"])
    return {"term": term.pk} if term else None


# The StreamField value of each lesson block type, from the demo content format; a type
# not listed (quiz) is placed by the quizzes app.
_BLOCK_VALUES = {
    "heading": lambda value, t, ctx: t(value),
    "rich_text": lambda value, t, ctx: t(value),
    "callout": lambda value, t, ctx: {"kind": value.get("kind", "tip"),
                                      "title": t(value.get("title", "")),
                                      "body": t(value["body"])},
    "checklist": lambda value, t, ctx: {"title": t(value["title"]),
                                        "items": [t(i) for i in value["items"]]},
    "case_study": lambda value, t, ctx: {
        "claim": t(value["claim"]), "context": t(value["context"]),
        "verdict": value["verdict"], "explanation": t(value["explanation"]),
        "sources": [t(s) for s in value.get("sources", [])]},
    "quote": lambda value, t, ctx: {"text": t(value["text"]), "source": t(value["source"])},
    "glossary_term": _glossary_value,
    "content_warning": lambda value, t, ctx: {"warning": t(value["warning"]),
                                              "body": t(value["body"])},
    "image": _image_value,
    "handout": lambda value, t, ctx: {"handout": value["handout"], "title": t(value["title"]),
                                      "description": t(value.get("description", ""))},
    "h5p": lambda value, t, ctx: _h5p_block(value),
    "local_resources": lambda value, t, ctx: {
        "title": t(value.get("title", "")), "kinds": list(value["kinds"]),
        "countries": list(value.get("countries", []))},
}


def _block(block: dict, lang: str, terms: dict, strict: bool):
    build = _BLOCK_VALUES.get(block["type"])
    if build is None:
        return None  # quiz (and unknown kinds): the quizzes app places them

    def t(v):
        return text(v, lang, strict=strict)

    return build(block.get("value"), t, {"lang": lang, "terms": terms})


def _h5p_block(value: dict):
    """{"package": <a card of quizzes.demo_h5p.CARDS>, "completes_lesson": bool}."""
    package, _created = demo_h5p.install_card(value["package"])
    return demo_h5p.h5p_block(
        package, completes_lesson=bool(value.get("completes_lesson"))
    )["value"]


def _quiz_block(block: dict):
    """A quiz block from the quiz bank (None for another block or an unknown quiz)."""
    if block["type"] != "quiz":
        return None
    data = quiz_bank().get(block["value"]["quiz"])
    if not data:
        return None
    quiz = create_quiz(_with_images(data) | {"key": block["value"]["quiz"]})
    return {"quiz": quiz.pk}


def _with_images(data: dict) -> dict:
    """The quiz data with each feed post's image file name (demo_content/images/) as the
    pk of its seeded image: quizzes.demo takes pks, since only courses knows the files."""
    questions = []
    for question in data.get("questions", []):
        posts = question.get("posts")
        if posts and any(isinstance(p["post"].get("image"), str) for p in posts):
            question = question | {"posts": [
                p | {"post": p["post"] | {"image": getattr(_image(p["post"]["image"]), "pk",
                                                            None)}}
                if isinstance(p["post"].get("image"), str) else p for p in posts]}
        questions.append(question)
    return data | {"questions": questions}


def quiz_bank() -> dict:
    """Every demo quiz by key, as quizzes.demo.create_quiz takes it."""
    return {**QUIZZES_DISINFORMATION, **QUIZZES_SAFETY_RIGHTS, **QUIZZES_PREPOST_SAFETY,
            **QUIZZES_PREPOST_RIGHTS, **QUIZZES_BOOSTER}


# The booster quiz scheduled a week after completing a course (courses.boosters).
BOOSTERS_BY_SLUG = {"spotting-disinformation": BOOSTER_KEY}
# A demo learner who completed a course this many days ago, so that the booster is due.
DEMO_COMPLETED_DAYS_AGO = 8


# Pre/post tests of the courses whose data (safety.py, rights.py) does not name them: kept
# here so that their forms live in modules of their own (prepost_safety/prepost_rights).
PREPOST_BY_SLUG = {"safe-platform-use": ("safety-pre-a", "safety-post-b"),
                   "digital-rights": ("rights-pre-a", "rights-post-b")}


def _list_items(values: list) -> list[dict]:
    return [{"type": "item", "value": v, "id": str(uuid.uuid4())} for v in values]


def stored_stream(body: list[dict]) -> list[dict]:
    """Raw stream data as Wagtail stores it: block ids and ListBlock items with ids.

    Without them Wagtail makes new ids (uuid4) for every block and list item each time
    the page is loaded, which is measurable on every lesson view.
    """
    stored = []
    for block in body:
        value = block["value"]
        if isinstance(value, dict):
            value = {
                key: _list_items(item) if isinstance(item, list)
                and all(not isinstance(v, dict) for v in item) else item
                for key, item in value.items()
            }
        stored.append({"type": block["type"], "value": value,
                       "id": block.get("id") or str(uuid.uuid4())})
    return stored


def lesson_body(blocks: list[dict], lang: str, terms: dict) -> list[dict]:
    strict = lang != "ar"
    body = []
    for block in blocks:
        if block["type"] == "quiz":
            value = _quiz_block(block)
        else:
            value = _block(block, lang, terms, strict)
        if value is not None:
            body.append({"type": block["type"], "value": value})
    return stored_stream(body)


def _translate(page, field: str, value, *, optional_fr=True):
    for lang in LANGS:
        if isinstance(value, dict) and lang not in value:
            continue
        setattr(page, f"{field}_{lang}", text(value, lang))
    setattr(page, field, text(value, "ar"))


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_catalogue(home):
    index = CourseIndexPage.objects.child_of(home).first()
    if index:
        return index, False
    index = CourseIndexPage(slug="courses")
    for lang, (title, intro) in CATALOGUE.items():
        setattr(index, f"title_{lang}", title)
        setattr(index, f"intro_{lang}", intro)
    index.title, index.intro = CATALOGUE["ar"]
    return _publish(home, index), True


def seed_course(index, data: dict, topics: dict, terms: dict) -> tuple[CoursePage, bool]:
    course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if course:
        _add_missing_lessons(course, data, terms)
        return course, False
    course = CoursePage(
        slug=data["slug"], level=data.get("level", "beginner"),
        duration_minutes=data.get("duration_minutes", 60),
    )
    _translate(course, "title", data["title"])
    _translate(course, "summary", data["summary"])
    for lang in LANGS:
        try:
            outcomes = [{"type": "outcome", "value": text(o, lang, strict=lang != "ar")}
                        for o in data.get("outcomes", [])]
        except MissingLanguage:
            continue
        setattr(course, f"outcomes_{lang}", outcomes)
    if data.get("topic") in topics:
        course.topics = [topics[data["topic"]]]
    booster = BOOSTERS_BY_SLUG.get(data["slug"])
    if booster:
        course.booster_quiz = create_quiz(quiz_bank()[booster] | {"key": booster})
    index.add_child(instance=course)
    _place_pre_post_tests(data)
    for module_data in data["modules"]:
        module = ModulePage(slug=module_data["slug"])
        _translate(module, "title", module_data["title"])
        _translate(module, "summary", module_data.get("summary", ""))
        course.add_child(instance=module)
        for lesson_data in module_data["lessons"]:
            _add_lesson(module, lesson_data, terms)
        module.save_revision().publish()
    course.save_revision().publish()
    return course, True


def _add_lesson(module, lesson_data: dict, terms: dict):
    lesson = LessonPage(
        slug=lesson_data["slug"],
        estimated_minutes=lesson_data.get("minutes", 5),
        completion_rule=lesson_data.get("completion", "manual"),
    )
    _translate(lesson, "title", lesson_data["title"])
    _translate(lesson, "summary", lesson_data.get("summary", ""))
    for lang in LANGS:
        if lang != "ar" and lang not in lesson_data["title"]:
            continue
        try:
            setattr(lesson, f"body_{lang}",
                    lesson_body(lesson_data.get("body", []), lang, terms))
        except MissingLanguage:
            continue
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def _add_missing_lessons(course, data: dict, terms: dict) -> None:
    """Lessons added to the demo data after a site was seeded: each one is created in its
    module, next to the lesson that precedes it in the data. Only lessons marked
    "added_later" are created, so a lesson or module an editor deleted is not brought
    back, and nothing else is touched."""
    modules = {m.slug: m for m in ModulePage.objects.child_of(course)}
    for module_data in data["modules"]:
        module = modules.get(module_data["slug"])
        if module is None:
            continue
        present = {p.slug: p for p in LessonPage.objects.child_of(module)}
        previous = None
        for lesson_data in module_data["lessons"]:
            lesson = present.get(lesson_data["slug"])
            if lesson is None and lesson_data.get("added_later"):
                lesson = _add_lesson(module, lesson_data, terms)
                target = previous or LessonPage.objects.child_of(module).first()
                if target is not None and target.pk != lesson.pk:
                    lesson.move(target, pos="right" if previous else "left")
            previous = lesson or previous


def _place_pre_post_tests(data: dict) -> None:
    """The course's pre-test opens its first lesson and its post-test closes the last one.

    Every parallel form of the series is created, so that the quizzes app can give a
    learner who took form A before the other form after (and balance the assignment).
    """
    pre, post = PREPOST_BY_SLUG.get(data["slug"], (None, None))
    for key, position in ((data.get("pretest") or pre, 0), (data.get("posttest") or post, None)):
        if not key:
            continue
        lessons = [lesson for module in data["modules"] for lesson in module["lessons"]]
        lesson = lessons[0] if position == 0 else lessons[-1]
        # Every time: the course data is module-level and keeps the block placed by an
        # earlier seed in this process, but the database may be a new one (tests).
        _create_series_siblings(key)
        body = lesson.setdefault("body", [])
        if any(b["type"] == "quiz" and b["value"].get("quiz") == key for b in body):
            continue
        block = {"type": "quiz", "value": {"quiz": key}}
        body.insert(0, block) if position == 0 else body.append(block)


def _create_series_siblings(key: str) -> None:
    bank = quiz_bank()
    if key not in bank:
        return
    series = series_of(key, bank[key])
    for other_key, other in bank.items():
        if other.get("kind") in ("pretest", "posttest") and series_of(other_key, other) == series:
            create_quiz(other | {"key": other_key})


def seed_prerequisites(index, courses: list[dict]) -> None:
    by_slug = {c.slug: c for c in CoursePage.objects.child_of(index)}
    for data in courses:
        course = by_slug.get(data["slug"])
        wanted = [by_slug[s] for s in data.get("prerequisites", []) if s in by_slug]
        if course and wanted and not course.prerequisites.exists():
            course.prerequisites.set(wanted)
            course.save_revision().publish()


def seed_users(index) -> list[str]:
    User = get_user_model()
    lines = []
    courses = {c.slug: c for c in CoursePage.objects.child_of(index).live()}
    for username, group_name, progress in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username=username, password=DEMO_PASSWORD)
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            if group_name == EDITORS:
                user.is_staff = True
                user.save(update_fields=["is_staff"])
            lines.append(f"demo user: {username} / {DEMO_PASSWORD}")
        else:
            lines.append(f"demo user: {username} (exists, unchanged)")
            continue
        for slug, count in progress.items():
            course = courses.get(slug)
            if course is None:
                continue
            services.enroll(user=user, course=course)
            lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
            if count != "all":
                lessons = lessons[:count]
            for lesson in lessons:
                services.record_completion(
                    user=user, lesson=lesson, course=course,
                    source=completion_for(lesson).source,
                )
            if count == "all":
                _back_date_completion(user, course)
    return lines


def _back_date_completion(user, course) -> None:
    """A demo learner who finished the course days ago: its booster is due now."""
    when = timezone.now() - dt.timedelta(days=DEMO_COMPLETED_DAYS_AGO)
    Enrollment.objects.filter(user=user, course=course).update(completed_at=when)
    BoosterAssignment.objects.filter(user=user, course=course).update(
        due_at=when + dt.timedelta(days=conf.BOOSTER_DELAY_DAYS))


def link_home_themes(home, courses: list) -> None:
    """Point the home page's theme cards, in order, at the demo courses (the seeded home
    page lists the three themes in the order of ``load_courses``). Only empty links are
    filled, and only when the catalogue is new, so an editor's choice is never undone."""
    home = home.specific
    if not isinstance(home, HomePage):
        return
    changed = False
    for lang in LANGS:
        body = getattr(home, f"body_{lang}", None)
        if not body:
            continue
        data = body.get_prep_value()
        for block in data:
            if block["type"] != "themes":
                continue
            for item, course in zip(block["value"]["themes"], courses, strict=False):
                theme = item["value"] if "id" in item else item  # ListBlock, new or old form
                if not theme.get("page"):
                    theme["page"] = course.pk
                    changed = True
        setattr(home, f"body_{lang}", data)
    if changed:
        home.save_revision().publish()


@transaction.atomic
def seed() -> list[str]:
    ensure_groups()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return ["courses: no default site, nothing seeded"]
    home = site.root_page
    lines = []
    index, created_catalogue = seed_catalogue(home)
    lines.append(f"course catalogue: {'created' if created_catalogue else 'kept as it is'}")
    topics = seed_topics()
    terms = seed_glossary(load_glossary())
    lines.append(f"local resources: {seed_local_resources(RESOURCES)} created")
    courses = load_courses()
    seeded = []
    for data in courses:
        course, created = seed_course(index, data, topics, terms)
        seeded.append(course)
        lines.append(f"course {data['slug']}: {'created' if created else 'kept as it is'}")
    if created_catalogue:
        link_home_themes(home, seeded)
    seed_prerequisites(index, courses)
    lines.extend(seed_users(index))
    return lines
