import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import strip_tags

from courses import search as course_search
from courses.demo import stored_stream
from courses.models import LessonPage, ModulePage

from .builders import make_course, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def hamza_course(catalogue):
    return make_course(
        catalogue, slug="safety", title="الأمان الرقمي للصحفيين", title_en="Digital safety",
    )


@pytest.mark.parametrize("query", ["الامان", "الآمان", "الإمان", "الأمان", "الأَمَان", "الأمـــان"])
def test_hamza_tashkeel_and_tatweel_variants_find_the_course(client, hamza_course, query):
    response = client.get(reverse("courses:search"), {"q": query})
    assert "الأمان الرقمي للصحفيين" in strip_tags(response.content.decode())


def test_teh_marbuta_and_alef_maqsura(client, catalogue):
    make_course(catalogue, slug="privacy", title="حماية الخصوصية على مستوى الهاتف")
    for query in ("حمايه", "مستوي"):
        page = strip_tags(client.get(reverse("courses:search"), {"q": query}).content.decode())
        assert "حماية الخصوصية" in page, query


def test_lessons_are_found_by_their_text(client, course):
    page = client.get(reverse("courses:search"), {"q": "نص الدرس"}).content.decode()
    assert "درس 1.1" in page


def test_search_uses_the_active_language(client, hamza_course):
    page = strip_tags(client.get("/en/learn/search/", {"q": "digital safety"}).content.decode())
    assert "Digital safety" in page


def test_unpublished_pages_are_not_found(client, hamza_course):
    hamza_course.unpublish()
    page = client.get(reverse("courses:search"), {"q": "الامان"}).content.decode()
    assert "الأمان الرقمي" not in page


def test_empty_and_huge_queries(client, course):
    assert client.get(reverse("courses:search"), {"q": ""}).status_code == 200
    assert client.get(reverse("courses:search"), {"q": "ا" * 5000}).status_code == 200


# --- what a result shows: where it belongs, a snippet, the words found marked ----------

PASSWORD_TEXT = ("<p>قبل كل شيء: اختر كلمةَ المرور الطويلة واحفظها في مدير كلمات، "
                 "ولا تكرّر الكلمة نفسها في أكثر من حساب. " + "نص إضافي للحشو. " * 20 + "</p>")


@pytest.fixture
def password_lesson(course):
    module = ModulePage.objects.child_of(course).first()
    return publish(module, LessonPage(
        title="حماية الحسابات", title_en="Protecting accounts", slug="accounts",
        body=stored_stream([{"type": "rich_text", "value": PASSWORD_TEXT}]),
    ))


def _search(client, query, path=None, **params):
    return client.get(path or reverse("courses:search"), {"q": query, **params})


def test_result_shows_its_course_module_and_a_marked_snippet(client, password_lesson):
    response = _search(client, "كلمه المرور")  # ه for ة, no tashkeel
    html = response.content.decode()
    hit = response.context["hits"][0]
    assert hit.page.pk == password_lesson.pk
    assert (hit.course, hit.module) == ("دورة التحقق", "وحدة 1")
    assert "دورة التحقق" in html and "وحدة 1" in html
    assert "<mark>كلمةَ</mark> <mark>المرور</mark>" in html  # marked as written
    assert "مدير كلمات" in html and "حماية الحسابات" in html


@pytest.mark.parametrize(("text", "query", "marked"), [
    ("الأخبار الكاذبة", "الاخبار", "<mark>الأخبار</mark> الكاذبة"),
    ("إنترنت آمن", "امن", "إنترنت <mark>آمن</mark>"),
    ("على الهاتف", "علي", "<mark>على</mark> الهاتف"),
    ("نصّ الدرس", "نص", "<mark>نصّ</mark> الدرس"),
    ("التحقـــق أولا", "التحقق", "<mark>التحقـــق</mark> أولا"),
    ("Check The Source", "source", "Check The <mark>Source</mark>"),
    ("والمرور", "المرور", "<mark>والمرور</mark>"),  # whole words: letters stay joined
])
def test_highlight_folds_arabic_variants_like_the_index(text, query, marked):
    assert course_search.highlight(text, course_search.query_words(query)) == marked


def test_highlight_escapes_everything_it_does_not_mark():
    words = course_search.query_words("script")
    html = course_search.highlight('<script>alert("x")</script> & <b>', words)
    assert html == ("&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>"
                    "&gt; &amp; &lt;b&gt;")


def test_snippet_is_short_and_centred_on_the_match():
    text = "بداية " * 60 + "كلمة المرور هنا " + "نهاية " * 60
    snippet = course_search.snippet(text, course_search.query_words("كلمه"))
    assert "<mark>كلمة</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) < course_search.SNIPPET_CHARS + 40


def test_script_in_content_and_query_is_shown_as_text(client, course):
    module = ModulePage.objects.child_of(course).first()
    publish(module, LessonPage(
        title="<script>alert(1)</script> الدرس الخطر", slug="xss",
        body=stored_stream([{"type": "heading", "value": "5 < 6 & <script>x</script>"}]),
    ))
    html = _search(client, "الخطر").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; الدرس <mark>الخطر</mark>" in html
    html = _search(client, "<script>alert(2)</script>").content.decode()
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html


def test_empty_state_says_what_was_searched_and_what_to_try(client, course):
    html = _search(client, "zzqx", path="/en/learn/search/").content.decode()
    assert "Nothing found for «<bdi>zzqx</bdi>»" in html
    assert "Check the spelling" in html and "Try fewer words" in html
    assert f'href="{reverse("courses:catalogue")}"'.replace("/ar/", "/en/") in html


def test_empty_state_is_translated_into_arabic(client, course):
    html = _search(client, "zzqx").content.decode()
    assert "Check the spelling" not in html


def test_many_results_are_paged_and_cost_the_same_queries(client, catalogue):
    make_course(catalogue, slug="small", title="قصيرة", modules=1, lessons=2)
    _search(client, "نص الدرس")  # warm the site's root paths
    with CaptureQueriesContext(connection) as few:
        _search(client, "نص الدرس")
    make_course(catalogue, slug="big", title="طويلة", modules=4, lessons=6)
    with CaptureQueriesContext(connection) as many:
        first = _search(client, "نص الدرس")
    assert len(many) == len(few) <= 6
    assert first.context["page"].paginator.count == 2 + 24
    assert len(first.context["hits"]) == course_search.PER_PAGE
    assert "page=2" in first.content.decode()
    last = _search(client, "نص الدرس", page=3)
    assert len(last.context["hits"]) == 26 - 2 * course_search.PER_PAGE


def test_title_matches_come_first(client, course, password_lesson):
    hits = _search(client, "الحسابات").context["hits"]
    assert hits[0].page.pk == password_lesson.pk


def test_results_indexed_before_snippets_get_one(client, password_lesson):
    from courses.models import SearchText

    SearchText.objects.update(body="")
    hit = _search(client, "كلمه").context["hits"][0]
    assert "<mark>كلمةَ</mark>" in hit.snippet
