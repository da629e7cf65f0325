"""What the course and lesson pages show: the outline with the learner's marks, resume
point, time left. Read-only, and a fixed number of queries whatever the course size."""

from dataclasses import dataclass, field, replace

from django.db import connection
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Page

from literacy.offline import account_key

from . import fragments, services
from .cohorts.pacing import closed_modules, cohorts_following, upcoming_releases
from .completion import completion_for
from .documents.access import document_links
from .models import (
    Certificate,
    Cohort,
    CohortMembership,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
)
from .models.pages import Pacing


@dataclass
class OutlineLesson:
    page: Page
    url: str
    done: bool = False
    minutes: int = 0
    required: bool = True
    current: bool = False
    # Its module's tree path: "Continue" skips the lessons of modules still closed.
    module_path: str = ""


@dataclass
class OutlineModule:
    page: Page
    lessons: list = field(default_factory=list)

    @property
    def done_count(self):
        return sum(1 for lesson in self.lessons if lesson.done)


def resume_lesson(lessons, closed_paths=frozenset()):
    """The lesson "Continue" opens, everywhere (course page, dashboard, lesson end, after
    enrolling): the first unfinished lesson in course order that the learner may open, or
    None when all are done or the rest is still closed by the cohort's pacing.

    Not "the lesson after the last one opened": a learner who skipped ahead, or left a
    quiz unpassed, is brought back to what is still to do. Never a lesson of a closed
    module (`closed_paths`, tree paths of modules): it would only show "opens on …".
    Guarded by tests/courses/test_pacing.py::test_continue_skips_modules_closed_by_pacing.
    """
    return next((lesson for lesson in lessons
                 if not lesson.done and lesson.module_path not in closed_paths), None)


def _closed_paths(modules, closed: dict) -> set[str]:
    return {module.page.path for module in modules if module.page.pk in closed}


def _tally(context: dict, lessons: list, closed_paths=frozenset()) -> None:
    """Progress figures of a lesson or course page, from the same outline items that the
    outline shows, so that the bar, the counts and the marks always agree."""
    done = sum(1 for item in lessons if item.done)
    context.update(
        done_count=done,
        lesson_count=len(lessons),
        percent=round(100 * done / len(lessons)) if lessons else 0,
        continue_lesson=resume_lesson(lessons, closed_paths),
    )


def untranslated(page) -> bool:
    """True when the active language has no title of its own (shown in Arabic)."""
    lang = get_language() or "ar"
    return lang != "ar" and not getattr(page, f"title_{lang}", None)


def _course_path(lesson) -> str:
    return lesson.path[: Page.steplen * (lesson.depth - 2)]


def is_preview(request) -> bool:
    return bool(getattr(request, "is_preview", False))


def can_see_course(user, course, enrollment, request=None) -> bool:
    """The one access rule for a course's lessons and activities."""
    if request is not None and is_preview(request):
        return True
    if not course.live:
        return False
    if course.pacing == Pacing.COHORT_ONLY:
        return enrollment is not None or (user.is_authenticated and user.is_staff)
    return True


def _build(rows, course_depth, request, current_id=None, url_for=None):
    modules, lessons = [], []
    for row in rows:
        if row.depth == course_depth + 1:
            modules.append(OutlineModule(page=row))
        elif modules:
            item = OutlineLesson(
                page=row,
                url=url_for(row) if url_for else row.get_url(request),
                done=bool(getattr(row, "done", False)),
                minutes=getattr(row, "estimated_minutes", 0),
                required=getattr(row, "required", True),
                current=row.pk == current_id,
                module_path=modules[-1].page.path,
            )
            modules[-1].lessons.append(item)
            lessons.append(item)
    return modules, lessons


def _done_annotation(user):
    return Exists(LessonProgress.objects.filter(user=user, lesson_id=OuterRef("pk")))


@dataclass
class OutlineRow:
    """A light stand-in for a Page in the outline: building fifty Page objects (and
    their URLs through the router) cost more than the query that fetches them."""

    pk: int
    path: str
    depth: int
    title: str
    url_path: str
    live: bool = True
    pacing: str = ""
    done: bool = False
    estimated_minutes: int = 0
    required: bool = True
    enrollment_id: int | None = None
    last_lesson_id: int | None = None
    # {"title": "ar"} when the title fell back to Arabic (read by literacy.fallback).
    shown_languages: dict = field(default_factory=dict)

    @property
    def id(self):
        return self.pk


def _url_maker(page, request):
    """URLs of pages of the same site from their url_path: one router call, not fifty."""
    own = page.get_url(request) or ""
    url_path = page.url_path
    for index, char in enumerate(url_path):
        if char == "/" and own.endswith(url_path[index:]):
            prefix, root_len = own[: len(own) - len(url_path[index:])], index
            return lambda row: prefix + row.url_path[root_len:]
    return lambda row: Page.objects.get(pk=row.pk).get_url(request)


def course_rows(lesson: LessonPage, *, preview: bool = False) -> list[OutlineRow]:
    """The course row then its live modules and lessons of a lesson's course."""
    return structure_rows(_course_path(lesson), lesson.depth - 2, preview=preview)


def structure_rows(course_path: str, depth: int, *, preview: bool = False) -> list[OutlineRow]:
    """The course row then its live modules and lessons, in tree order: one query by tree
    path whatever the size of the course, and the same for every learner, so cached under
    the content generation (any page save makes a new one; see courses/fragments.py).
    Read by the lesson page and the course page alike."""
    language = get_language() or "ar"
    title_columns = [f"title_{language}", "title_ar"] if language != "ar" else ["title_ar"]

    def build():
        rows = Page.objects.filter(
            path__startswith=course_path, depth__in=(depth, depth + 1, depth + 2)
        ).order_by("path")
        if not preview:
            rows = rows.filter(live=True)
        lesson = LessonPage.objects.filter(pk=OuterRef("pk"))
        rows = rows.annotate(
            pacing=Subquery(CoursePage.objects.filter(pk=OuterRef("pk")).values("pacing")[:1]),
            minutes=Subquery(lesson.values("estimated_minutes")[:1]),
            lesson_required=Subquery(lesson.values("required")[:1]),
        )
        return [
            OutlineRow(
                pk=row["id"], path=row["path"], depth=row["depth"], live=row["live"],
                url_path=row["url_path"], pacing=row["pacing"] or "",
                estimated_minutes=row["minutes"] or 0,
                required=row["lesson_required"] is not False,
                title=next((row[c] for c in title_columns if row[c]), ""),
                shown_languages={"title": next(
                    (c.removeprefix("title_") for c in title_columns if row[c]), language)},
            )
            for row in rows.values("id", "path", "depth", "live", "url_path", "pacing",
                                   "minutes", "lesson_required",
                                   *dict.fromkeys(title_columns))
        ]

    if preview:
        return build()
    key = f"courses:outline-rows:{fragments.generation()}:{course_path}:{language}"
    return fragments.cached(key, build)


def learner_course_state(user, course_id: int) -> tuple:
    """(enrolment id, last lesson id, ids of completed lessons, ids of the cohorts following
    this course that the user learns in) of a learner in a course. `learner_course_state`
    also gives when the course was completed.

    Runs on every lesson view: one round trip, written as plain SQL because building it
    with the ORM (a UNION of querysets) cost more than running it: measured again for
    issue 18 with ``QuerySet.union(all=True)`` (same rows), 0.06-0.4 ms a call as SQL
    against 8-13 ms as a union on the loaded test machine (SQLite, 2,000 calls), and
    ``lesson.vs_wagtail_min_ratio`` 1.41 → 1.68. The enrolment is
    unique per learner and course; the cohorts decide pacing (cohorts/pacing.py), so a
    learner in no cohort pays nothing more for it.
    """
    quote = connection.ops.quote_name
    enrolment, progress = quote(Enrollment._meta.db_table), quote(LessonProgress._meta.db_table)
    membership = quote(CohortMembership._meta.db_table)
    follows = Cohort.courses.through
    follows_table = quote(follows._meta.db_table)
    follows_cohort = quote(follows._meta.get_field("cohort").column)
    follows_course = quote(follows._meta.get_field("coursepage").column)
    # Table and column names come from the models; every value is a parameter.
    where = "WHERE user_id = %s AND course_id = %s"
    sql = (
        f"SELECT 0, id, last_lesson_id, completed_at FROM {enrolment} {where} "  # noqa: S608
        f"UNION ALL SELECT 1, lesson_id, lesson_id, NULL FROM {progress} {where} "
        f"UNION ALL SELECT 2, m.cohort_id, m.cohort_id, NULL FROM {membership} m "
        f"JOIN {follows_table} f ON f.{follows_cohort} = m.cohort_id "
        f"WHERE m.user_id = %s AND m.role = %s AND f.{follows_course} = %s"
    )
    enrollment_id = last_lesson_id = completed_at = None
    done_ids, cohort_ids = set(), set()
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, course_id, user.pk, course_id,
                             user.pk, CohortMembership.Role.LEARNER.value, course_id])
        for row_kind, first, second, when in cursor.fetchall():
            if row_kind == 0:
                enrollment_id, last_lesson_id, completed_at = first, second, when
            elif row_kind == 1:
                done_ids.add(first)
            else:
                cohort_ids.add(first)
    return enrollment_id, last_lesson_id, done_ids, cohort_ids, completed_at


def lesson_context(lesson: LessonPage, request) -> dict | None:
    """Context of a lesson page, or None when this learner may not see it (→ 404).

    The course's structure comes from `course_rows` (cached); the learner's enrolment
    and completion marks are one small indexed query, whatever the size of the course.
    """
    user = request.user
    depth = lesson.depth - 2
    rows = course_rows(lesson, preview=is_preview(request))
    if not rows or rows[0].depth != depth:
        return None
    course = replace(rows[0])
    done_ids, cohort_ids = set(), set()
    if user.is_authenticated:
        course.enrollment_id, course.last_lesson_id, done_ids, cohort_ids, _completed = (
            learner_course_state(user, course.pk))
    rows = [replace(row, done=True) if row.pk in done_ids else row for row in rows[1:]]
    enrollment = None
    if course.enrollment_id:
        enrollment = Enrollment(
            pk=course.enrollment_id, user=user, course_id=course.pk,
            last_lesson_id=course.last_lesson_id,
        )
    if not can_see_course(user, course, enrollment, request):
        return None

    url_for = _url_maker(lesson, request)
    modules, lessons = _build(rows, course.depth, request, current_id=lesson.pk,
                              url_for=url_for)
    index = next((i for i, item in enumerate(lessons) if item.current), None)
    previous_lesson = lessons[index - 1] if index else None
    next_lesson = lessons[index + 1] if index is not None and index + 1 < len(lessons) else None
    current = lessons[index] if index is not None else None
    current_module = next(
        (m for m in modules if any(item.current for item in m.lessons)), None
    )
    module_paths = {module.page.path for module in modules}
    completion = completion_for(lesson, preview=is_preview(request))
    # Pacing: the outline's dates and this lesson's lock come from the same answer.
    closed = {} if is_preview(request) else closed_modules(user, {course.path: cohort_ids})
    opens_on = closed.get(current_module.page.pk) if current_module else None
    context = {
        # What activity_access would answer: course visible, module and lesson live and open.
        "activities_visible": not is_preview(request) and current is not None
        and lesson.path[: -Page.steplen] in module_paths and opens_on is None,
        "closed_modules": closed,
        "opens_on": opens_on,
        "page": lesson,
        "course_row": course,  # the course's OutlineRow (title, pk, path), not its page
        "course_url": url_for(course),
        "enrollment": enrollment,
        "modules": modules,
        "outline_lessons": lessons,
        "current_lesson": current,
        "current_module": current_module,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "lesson_done": bool(current and current.done),
        "untranslated": untranslated(lesson),
        "completion": completion,
        "can_mark_complete": bool(enrollment) and completion.by_hand,
    }
    _tally(context, lessons, _closed_paths(modules, closed))
    return context


def record_visit(context: dict, request) -> None:
    """A learner opening a lesson: remember it, and complete it when its rule is "on
    view" (a text-only lesson whose editor chose so; never one with an activity).

    This is the one write on a GET: it records what the learner did (like a read
    receipt), never anything they chose; it is idempotent and costs nothing on a repeat
    view. The outline item is marked too, so the page shows one state everywhere.
    """
    enrollment = context["enrollment"]
    if enrollment is None or is_preview(request):
        return
    lesson = context["page"]
    services.record_visit(enrollment=enrollment, lesson=lesson)
    if context["completion"].on_view and not context["lesson_done"]:
        services.record_completion(
            user=request.user, lesson=lesson, source=context["completion"].source,
            course=context["course_row"],
        )
        context["lesson_done"] = True
        if context["current_lesson"] is not None:
            context["current_lesson"].done = True
        _tally(context, context["outline_lessons"],
               _closed_paths(context["modules"], context["closed_modules"]))


def course_lessons(course: CoursePage, request, enrollment=None) -> tuple[list, list]:
    """(modules, lessons) of a course's outline, with this learner's marks when enrolled."""
    modules_qs = Page.objects.live().child_of(course)
    lessons_qs = LessonPage.objects.live().descendant_of(course).defer_streamfields()
    if enrollment:
        lessons_qs = lessons_qs.annotate(done=_done_annotation(request.user))
    rows = sorted([*modules_qs, *lessons_qs], key=lambda page: page.path)
    return _build(rows, course.depth, request)


def continue_url(course: CoursePage, request) -> str:
    """Where "Continue" leads in this course: its first unfinished lesson, else the course
    page (everything done, or not enrolled)."""
    enrollment = Enrollment.objects.filter(user=request.user, course=course).first()
    modules, lessons = course_lessons(course, request, enrollment)
    closed = closed_modules(request.user,
                            {course.path: cohorts_following(request.user, course.pk)})
    target = resume_lesson(lessons, _closed_paths(modules, closed)) if enrollment else None
    return target.url if target else course.get_url(request)


def _course_outline(course: CoursePage, request):
    """(enrolment, modules, lessons, cohorts followed, completed at) of a course page.

    The structure comes from `structure_rows` (cached per content generation and language,
    shared with the lesson pages) and the learner's marks from `learner_course_state`: one
    small query for a learner, none for a visitor, whatever the size of the course.
    Previews (drafts, or a course not saved yet) read the pages themselves."""
    user = request.user
    if course.pk is None or is_preview(request):
        enrollment = None
        if user.is_authenticated and course.pk is not None:
            enrollment = Enrollment.objects.filter(user=user, course=course).first()
        modules, lessons = course_lessons(course, request, enrollment)
        following = cohorts_following(user, course.pk) if course.pk else set()
        return enrollment, modules, lessons, following, getattr(enrollment, "completed_at", None)
    rows = [row for row in structure_rows(course.path, course.depth) if row.depth > course.depth]
    enrollment, done_ids, cohort_ids, completed_at = None, set(), set(), None
    if user.is_authenticated:
        enrollment_id, last_lesson_id, done_ids, cohort_ids, completed_at = (
            learner_course_state(user, course.pk))
        if enrollment_id:
            enrollment = Enrollment(pk=enrollment_id, user=user, course=course,
                                    last_lesson_id=last_lesson_id, completed_at=completed_at)
    rows = [replace(row, done=True) if row.pk in done_ids else row for row in rows]
    modules, lessons = _build(rows, course.depth, request, url_for=_url_maker(course, request))
    return enrollment, modules, lessons, cohort_ids, completed_at


def _course_links(course: CoursePage) -> tuple[list, list]:
    """(topics, live prerequisites) of a course: the same for everyone, so cached under the
    content generation (saving a page or a topic starts a new one)."""
    def build():
        return (list(course.topics.all()),
                [page for page in course.prerequisites.all() if page.live])

    if course.pk is None or not course.live:
        # Filtered in Python: a preview's unsaved choices are a FakeQuerySet (no .live()).
        return build()
    return fragments.cached(f"courses:course-links:{fragments.generation()}:{course.pk}",
                            build)


def _catalogue_url(course: CoursePage, request) -> str:
    """The URL of the course's parent (the catalogue), for the page's "Courses" link: the
    same for every visitor in a language on a host, so cached (reading the parent was one
    query per view)."""
    def build():
        return course.get_parent().get_url(request) or ""

    if course.pk is None or not course.live:
        return build()
    key = (f"courses:catalogue-url:{fragments.generation()}:{course.pk}:"
           f"{get_language() or 'ar'}:{request.get_host()}")
    return fragments.cached(key, build)


def course_context(course: CoursePage, request) -> dict:
    """Outline, progress, resume point, time left and certificate of a course page."""
    user = request.user
    enrollment, modules, lessons, cohort_ids, completed_at = _course_outline(course, request)
    certificate = None
    if enrollment and completed_at:
        certificate = Certificate.objects.filter(user=user, course=course).first()
    topics, prerequisites = _course_links(course)
    following = {course.path: cohort_ids} if course.pk else {}
    context = {
        "enrollment": enrollment,
        "modules": modules,
        "closed_modules": {} if is_preview(request) else closed_modules(user, following),
        "minutes_left": sum(item.minutes for item in lessons if not item.done),
        "first_lesson": lessons[0] if lessons else None,
        "certificate": certificate,
        "untranslated": untranslated(course),
        "prerequisites": prerequisites,
        "topics": topics,
        "catalogue_url": _catalogue_url(course, request),
        "can_enrol": course.pacing == Pacing.SELF_PACED and course.pk is not None,
    }
    context["documents"] = document_links(user, course, enrolled=bool(enrollment))
    closed_paths = _closed_paths(modules, context["closed_modules"])
    _tally(context, lessons, closed_paths)
    if not enrollment:
        context["continue_lesson"] = None
    context.update(_offline_context(request, enrollment, lessons, closed_paths))
    return context


def _offline_context(request, enrollment, lessons, closed_paths) -> dict:
    """What "Save this course for offline use" fetches: the open lessons, in the
    learner's language (their URLs carry it), for an enrolled learner only."""
    user = request.user
    if not enrollment or user.is_staff or is_preview(request):
        return {"offline_account": ""}
    return {
        "offline_account": account_key(user),
        "offline_lessons": [item.url for item in lessons
                            if item.module_path not in closed_paths],
        # Saved with the lessons: the course's glossary (courses/glossary.py).
        "offline_pages": [reverse("courses:glossary", args=[enrollment.course_id])],
    }


def dashboard_rows(user, request) -> list[dict]:
    """My courses with progress and where "Continue" leads: four queries whatever the
    number of courses (five or six for a learner whose cohort still has a module closed). The marks are the outline's (live lessons the learner completed),
    so the dashboard, the course page and the lesson page show the same figures."""
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by("-last_activity_at")
    )
    done_ids = set(LessonProgress.objects.filter(user=user).values_list("lesson_id", flat=True))
    by_course: dict[int, list[OutlineLesson]] = {e.course_id: [] for e in enrollments}
    if enrollments:
        paths = {e.course_id: e.course.path for e in enrollments}
        within = Q()
        for path in paths.values():
            within |= Q(path__startswith=path)
        rows = (LessonPage.objects.live().filter(within).order_by("path")
                .values_list("pk", "path", "depth", "url_path"))
        for pk, path, depth, url_path in rows:
            for course_id, course_path in paths.items():
                if path.startswith(course_path):
                    row = OutlineRow(pk=pk, path=path, depth=depth, title="",
                                     url_path=url_path)
                    by_course[course_id].append(OutlineLesson(
                        page=row, url="", done=pk in done_ids,
                        module_path=path[: -Page.steplen]))
    closed = upcoming_releases(user) if enrollments else {}
    closed_paths = set(Page.objects.filter(pk__in=closed).values_list("path", flat=True)
                       ) if closed else set()
    certificates = {
        c.course_id: c for c in Certificate.objects.filter(user=user)
    }
    result = []
    for enrollment in enrollments:
        lessons = by_course[enrollment.course_id]
        figures = {}
        _tally(figures, lessons, closed_paths)
        target = figures["continue_lesson"]
        url_for = _url_maker(enrollment.course, request)
        result.append(
            {
                "enrollment": enrollment,
                "course": enrollment.course,
                "total": figures["lesson_count"],
                "done": figures["done_count"],
                "percent": figures["percent"],
                "continue_url": url_for(target.page if target else enrollment.course),
                "certificate": certificates.get(enrollment.course_id),
            }
        )
    return result
