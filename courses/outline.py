"""What the course and lesson pages show: the outline with the learner's marks, resume
point, time left. Read-only, and a fixed number of queries whatever the course size."""

from dataclasses import dataclass, field, replace

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.utils.translation import get_language
from wagtail.models import Page

from . import fragments, services
from .models import Certificate, CoursePage, Enrollment, LessonPage, LessonProgress
from .models.pages import CompletionRule, Pacing


@dataclass
class OutlineLesson:
    page: Page
    url: str
    done: bool = False
    minutes: int = 0
    required: bool = True
    current: bool = False


@dataclass
class OutlineModule:
    page: Page
    lessons: list = field(default_factory=list)

    @property
    def done_count(self):
        return sum(1 for lesson in self.lessons if lesson.done)


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
    enrollment_id: int | None = None
    last_lesson_id: int | None = None

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
    """The course row then its live modules and lessons, in tree order: one query by tree
    path whatever the size of the course, and the same for every learner, so cached under
    the content generation (any page save makes a new one; see courses/fragments.py)."""
    course_path = _course_path(lesson)
    depth = lesson.depth - 2
    language = get_language() or "ar"
    title_columns = [f"title_{language}", "title_ar"] if language != "ar" else ["title_ar"]

    def build():
        rows = Page.objects.filter(
            path__startswith=course_path, depth__in=(depth, depth + 1, depth + 2)
        ).order_by("path")
        if not preview:
            rows = rows.filter(live=True)
        rows = rows.annotate(
            pacing=Subquery(CoursePage.objects.filter(pk=OuterRef("pk")).values("pacing")[:1])
        )
        return [
            OutlineRow(
                pk=row["id"], path=row["path"], depth=row["depth"], live=row["live"],
                url_path=row["url_path"], pacing=row["pacing"] or "",
                title=next((row[c] for c in title_columns if row[c]), ""),
            )
            for row in rows.values("id", "path", "depth", "live", "url_path", "pacing",
                                   *dict.fromkeys(title_columns))
        ]

    if preview:
        return build()
    key = f"courses:course-rows:{fragments.generation()}:{course_path}:{language}"
    return fragments.cached(key, build)


def learner_state(user, course_id: int) -> tuple[int | None, int | None, set[int]]:
    """(enrolment id, last lesson id, ids of completed lessons) of a learner in a course.

    Runs on every lesson view: one round trip, written as plain SQL because building it
    with the ORM (a UNION of two querysets) cost more than running it. The enrolment is
    unique per learner and course.
    """
    quote = connection.ops.quote_name
    enrolment, progress = quote(Enrollment._meta.db_table), quote(LessonProgress._meta.db_table)
    # Table names come from the models; every value is a parameter.
    where = "WHERE user_id = %s AND course_id = %s"
    sql = (
        f"SELECT 0, id, last_lesson_id FROM {enrolment} {where} "  # noqa: S608
        f"UNION ALL SELECT 1, lesson_id, lesson_id FROM {progress} {where}"
    )
    enrollment_id = last_lesson_id = None
    done_ids = set()
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, course_id, user.pk, course_id])
        for row_kind, first, second in cursor.fetchall():
            if row_kind == 0:
                enrollment_id, last_lesson_id = first, second
            else:
                done_ids.add(first)
    return enrollment_id, last_lesson_id, done_ids


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
    done_ids = set()
    if user.is_authenticated:
        course.enrollment_id, course.last_lesson_id, done_ids = learner_state(user, course.pk)
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
    done = sum(1 for item in lessons if item.done)
    module_paths = {module.page.path for module in modules}
    return {
        # What activity_access would answer: course visible, module and lesson live.
        "activities_visible": not is_preview(request) and current is not None
        and lesson.path[: -Page.steplen] in module_paths,
        "page": lesson,
        "course": course,
        "course_url": url_for(course),
        "enrollment": enrollment,
        "modules": modules,
        "current_module": current_module,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "lesson_done": bool(current and current.done),
        "lesson_count": len(lessons),
        "done_count": done,
        "percent": round(100 * done / len(lessons)) if lessons else 0,
        "untranslated": untranslated(lesson),
        "can_mark_complete": bool(enrollment)
        and lesson.completion_rule != CompletionRule.QUIZ,
    }


def record_visit(context: dict, request) -> None:
    """A learner opening a lesson: remember it, and complete "on view" lessons.

    This is the one write on a GET: it records what the learner did (like a read
    receipt), never anything they chose; it is idempotent and costs nothing on a repeat
    view.
    """
    enrollment = context["enrollment"]
    if enrollment is None or is_preview(request):
        return
    lesson = context["page"]
    services.record_visit(enrollment=enrollment, lesson=lesson)
    if lesson.completion_rule == CompletionRule.VIEW and not context["lesson_done"]:
        services.record_completion(
            user=request.user, lesson=lesson, source="view", course=context["course"]
        )
        context["lesson_done"] = True
        context["done_count"] += 1
        if context["lesson_count"]:
            context["percent"] = round(100 * context["done_count"] / context["lesson_count"])


def course_context(course: CoursePage, request) -> dict:
    """Outline, progress, resume point, time left and certificate of a course page."""
    user = request.user
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).first()
    modules_qs = Page.objects.live().child_of(course)
    lessons_qs = (
        LessonPage.objects.live().descendant_of(course).defer_streamfields()
    )
    if enrollment:
        lessons_qs = lessons_qs.annotate(done=_done_annotation(user))
    rows = sorted([*modules_qs, *lessons_qs], key=lambda page: page.path)
    modules, lessons = _build(rows, course.depth, request)
    done = sum(1 for item in lessons if item.done)
    minutes_left = sum(item.minutes for item in lessons if not item.done)
    continue_lesson = None
    if enrollment:
        ordered = lessons
        if enrollment.last_lesson_id:
            ids = [item.page.pk for item in lessons]
            if enrollment.last_lesson_id in ids:
                start = ids.index(enrollment.last_lesson_id)
                ordered = lessons[start + 1 :] + lessons[: start + 1]
        continue_lesson = next((item for item in ordered if not item.done), None)
    certificate = None
    if enrollment and enrollment.completed_at:
        certificate = Certificate.objects.filter(user=user, course=course).first()
    return {
        "enrollment": enrollment,
        "modules": modules,
        "lesson_count": len(lessons),
        "done_count": done,
        "percent": round(100 * done / len(lessons)) if lessons else 0,
        "minutes_left": minutes_left,
        "first_lesson": lessons[0] if lessons else None,
        "continue_lesson": continue_lesson,
        "certificate": certificate,
        "untranslated": untranslated(course),
        "prerequisites": list(course.prerequisites.live()),
        "topics": list(course.topics.all()),
        "can_enrol": course.pacing == Pacing.SELF_PACED,
    }


def dashboard_rows(user) -> list[dict]:
    """My courses with progress: three queries whatever the number of courses."""
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by("-last_activity_at")
    )
    done = dict(
        LessonProgress.objects.filter(user=user)
        .values_list("course_id")
        .annotate(n=Count("id"))
    )
    totals: dict[int, int] = {}
    if enrollments:
        paths = {e.course_id: e.course.path for e in enrollments}
        within = Q()
        for path in paths.values():
            within |= Q(path__startswith=path)
        for path in LessonPage.objects.live().filter(within).values_list("path", flat=True):
            for pk, course_path in paths.items():
                if path.startswith(course_path):
                    totals[pk] = totals.get(pk, 0) + 1
    certificates = {
        c.course_id: c for c in Certificate.objects.filter(user=user)
    }
    rows = []
    for enrollment in enrollments:
        total = totals.get(enrollment.course_id, 0)
        count = min(done.get(enrollment.course_id, 0), total)
        rows.append(
            {
                "enrollment": enrollment,
                "course": enrollment.course,
                "total": total,
                "done": count,
                "percent": round(100 * count / total) if total else 0,
                "certificate": certificates.get(enrollment.course_id),
            }
        )
    return rows
