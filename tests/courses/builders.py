"""Build course trees for tests (published unless told otherwise)."""

from courses.demo import stored_stream
from courses.models import (
    CourseIndexPage,
    CoursePage,
    GlossaryTerm,
    LessonPage,
    ModulePage,
)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_catalogue(home):
    existing = CourseIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    return publish(home, CourseIndexPage(title="الدورات", title_en="Courses", slug="courses"))


def sample_body(n_blocks=4, term=None):
    """A body of `n_blocks` blocks cycling through the text block types."""
    kinds = [
        {"type": "heading", "value": "عنوان فرعي"},
        {"type": "rich_text", "value": "<p>نصّ الدرس عن التحقق من الأخبار.</p>"},
        {"type": "callout", "value": {"kind": "tip", "title": "نصيحة", "body": "<p>توقّف.</p>"}},
        {"type": "checklist", "value": {"title": "علامات", "items": ["أ", "ب", "ج"]}},
        {"type": "case_study", "value": {
            "claim": "ادعاء", "context": "<p>سياق</p>", "verdict": "false",
            "explanation": "<p>شرح</p>", "sources": ["مصدر"]}},
        {"type": "quote", "value": {"text": "قول", "source": "قائل"}},
        {"type": "content_warning", "value": {"warning": "صور مؤلمة", "body": "<p>مخفي</p>"}},
    ]
    if term is not None:
        kinds.append({"type": "glossary_term", "value": {"term": term.pk}})
    return stored_stream([kinds[i % len(kinds)] for i in range(n_blocks)])


def make_course(catalogue, *, slug="course", title="دورة التحقق", modules=2, lessons=2,
                blocks=3, rule="manual", pacing="self_paced", title_en="Verification course",
                term=None, **fields):
    course = publish(catalogue, CoursePage(
        title=title, title_ar=title, title_en=title_en, slug=slug, pacing=pacing,
        summary="ملخص الدورة", summary_en="Course summary" if title_en else "", **fields,
    ))
    for m in range(modules):
        module = publish(course, ModulePage(title=f"وحدة {m + 1}", title_en=f"Module {m + 1}",
                                            slug=f"module-{m + 1}"))
        for n in range(lessons):
            publish(module, LessonPage(
                title=f"درس {m + 1}.{n + 1}", title_en=f"Lesson {m + 1}.{n + 1}",
                slug=f"lesson-{m + 1}-{n + 1}", completion_rule=rule, estimated_minutes=5,
                body=sample_body(blocks, term),
            ))
    return CoursePage.objects.get(pk=course.pk)


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def make_term():
    return GlossaryTerm.objects.create(
        key="lateral-reading", term="القراءة الجانبية", term_ar="القراءة الجانبية",
        term_en="Lateral reading", definition="تعريف", definition_ar="تعريف",
        definition_en="A definition",
    )
