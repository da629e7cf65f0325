"""The catalogue's courses, filtered by topic and level in the active language."""

from django.utils.translation import gettext as _

from .models import CoursePage, Enrollment, Topic
from .models.pages import Level


def catalogue_context(index, request) -> dict:
    topics = list(Topic.objects.all())
    topic_slug = request.GET.get("topic", "")
    level = request.GET.get("level", "")
    errors = []
    courses = (
        CoursePage.objects.live().child_of(index).prefetch_related("topics")
        .select_related("cover_image").order_by("path")
    )
    chosen_topic = next((t for t in topics if t.slug == topic_slug), None)
    if topic_slug and chosen_topic is None:
        errors.append(_("There is no such topic; showing every topic."))
    elif chosen_topic:
        courses = courses.filter(topics=chosen_topic)
    if level and level not in Level.values:
        errors.append(_("There is no such level; showing every level."))
        level = ""
    elif level:
        courses = courses.filter(level=level)
    courses = list(courses)
    progress = {}
    if request.user.is_authenticated:
        progress = {
            e.course_id: e
            for e in Enrollment.objects.filter(user=request.user, course__in=courses)
        }
    return {
        "courses": [{"page": c, "enrollment": progress.get(c.pk)} for c in courses],
        "topics": topics,
        "levels": Level.choices,
        "chosen_topic": chosen_topic.slug if chosen_topic else "",
        "chosen_level": level,
        "filter_errors": errors,
    }
