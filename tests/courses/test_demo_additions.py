"""Issue 21 additions: dated "in your country" resources, and the lessons on censorship
and circumvention, harassment of women journalists and the hands-on settings lab."""

import datetime

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import translation

from courses.blocks import LocalResourcesBlock
from courses.demo_content.local_resources import RESOURCES
from courses.models import LessonPage, LocalResource
from courses.wagtail_hooks import LocalResourceFilterSet
from literacy.security.testing import login_verified

NEW_LESSONS = ("censorship-and-circumvention", "messaging-settings-lab",
               "harassment-and-gendered-attacks")


def _resource(key, checked_on, days=30, **fields):
    data = {"country": "jo", "kind": "helpline", "name": key, "name_ar": key} | fields
    return LocalResource.objects.create(key=key, checked_on=checked_on,
                                        review_interval_days=days, **data)


def _seed():
    call_command("seed_demo", stdout=open("/dev/null", "w"))


@pytest.mark.django_db
def test_additions_are_published_in_three_languages_and_seed_once(home_page):
    _seed()
    lessons = {p.slug: p for p in LessonPage.objects.live().filter(slug__in=NEW_LESSONS)}
    assert set(lessons) == set(NEW_LESSONS)
    for lesson in lessons.values():
        for lang in ("ar", "en", "fr"):
            body = getattr(lesson, f"body_{lang}")
            assert body and getattr(lesson, f"title_{lang}"), (lesson.slug, lang)
            assert "local_resources" in [b.block_type for b in body], (lesson.slug, lang)
    assert LocalResource.objects.count() == len(RESOURCES) >= 25
    misbar = LocalResource.objects.get(key="misbar")
    assert (misbar.name_ar, misbar.name_en, misbar.name_fr) == ("مسبار", "Misbar", "Misbar")
    assert all(r.note_ar and r.note_en and r.note_fr for r in LocalResource.objects.all())
    # The lab sits between the encryption lesson and the harassment lesson.
    module = lessons["messaging-settings-lab"].get_parent()
    assert [p.slug for p in LessonPage.objects.child_of(module)] == [
        "encryption-metadata-devices", "messaging-settings-lab",
        "harassment-and-gendered-attacks", "account-compromised"]

    counts = (LessonPage.objects.count(), LocalResource.objects.count())
    _seed()
    assert counts == (LessonPage.objects.count(), LocalResource.objects.count())

    # A site seeded before these lessons existed gets them in place, once.
    lessons["messaging-settings-lab"].delete()
    _seed()
    assert [p.slug for p in LessonPage.objects.child_of(module)][1] == "messaging-settings-lab"
    assert LessonPage.objects.count() == counts[0]

    with translation.override("ar"):
        html = lessons["censorship-and-circumvention"].body_ar.render_as_block()
    assert "OONI" in html and "تاريخ التحقق: 3 ديسمبر 2026" in html


@pytest.mark.django_db
def test_due_for_review_is_checked_on_plus_interval_before_today():
    today = datetime.date(2026, 12, 3)
    _resource("old", datetime.date(2026, 10, 1), days=30)     # due 31 October
    _resource("edge", datetime.date(2026, 11, 3), days=30)    # due today: not yet past
    _resource("fresh", datetime.date(2026, 11, 20), days=30)
    due = LocalResource.objects.due_for_review(today)
    assert list(due.values_list("key", flat=True)) == ["old"]
    assert LocalResource.objects.get(key="edge").review_due_on == today


@pytest.mark.django_db
def test_admin_filter_lists_only_resources_due_for_review(monkeypatch):
    _resource("old", datetime.date(2020, 1, 1))
    _resource("fresh", datetime.date.today())
    queryset = LocalResource.objects.all()
    due = LocalResourceFilterSet({"due": "true"}, queryset=queryset).qs
    not_due = LocalResourceFilterSet({"due": "false"}, queryset=queryset).qs
    every = LocalResourceFilterSet({}, queryset=queryset).qs
    assert [r.key for r in due] == ["old"]
    assert [r.key for r in not_due] == ["fresh"]
    assert every.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("lang,date", [("ar", "3 ديسمبر 2026"), ("en", "3 December 2026"),
                                       ("fr", "3 décembre 2026")])
def test_block_shows_checked_on_dates_as_the_policy_writes_them(lang, date):
    _resource("a", datetime.date(2026, 12, 3), name_en="A", name_fr="A")
    with translation.override(lang):
        html = _render(["helpline"])
    assert date in html


@pytest.mark.django_db
def test_block_dates_follow_the_arabic_digits_setting(settings):
    settings.LITERACY_ARABIC_DIGITS = "arab"
    _resource("a", datetime.date(2026, 12, 3))
    with translation.override("ar"):
        assert "٣ ديسمبر ٢٠٢٦" in _render(["helpline"])


@pytest.mark.django_db
def test_block_escapes_editor_text_and_filters_kinds_and_countries():
    """An editor's name or note is text, never markup."""
    _resource("x", datetime.date(2026, 1, 1), name_ar="<script>alert(1)</script>",
              note_ar='<img src=x onerror="alert(2)">', url="https://example.org/?a=1&b=2")
    _resource("eg-law", datetime.date(2026, 1, 1), country="eg", kind="cybercrime_law",
              name_ar="قانون مصري")
    with translation.override("ar"):
        html = _render(["helpline"])
        only_egypt = _render(["helpline", "cybercrime_law"], ["eg"])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "&lt;img" in html
    assert 'href="https://example.org/?a=1&amp;b=2"' in html
    assert "قانون مصري" not in html
    assert "قانون مصري" in only_egypt and "&lt;script&gt;" not in only_egypt


def _render(kinds, countries=()):
    block = LocalResourcesBlock()
    value = block.to_python({"title": "", "kinds": list(kinds), "countries": list(countries)})
    return block.render(value)


def test_template_renders_nothing_but_the_empty_note_without_resources():
    html = render_to_string("courses/blocks/local_resources_block.html",
                            {"value": {"title": "t"}, "resources": []})
    assert "local-resources__item" not in html


@pytest.mark.django_db
def test_editing_a_resource_refreshes_cached_lesson_blocks():
    """Lesson blocks are cached per content generation; a resource list is content."""
    from literacy.content_cache import generation

    before = generation()
    resource = _resource("a", datetime.date(2026, 1, 1))
    assert generation() != before
    before = generation()
    resource.checked_on = datetime.date(2026, 12, 1)
    resource.save()
    assert generation() != before


@pytest.mark.django_db
def test_editor_filters_resources_due_for_review_in_the_admin(client, django_user_model):
    from django.contrib.auth.models import Group

    from courses.permissions import EDITORS, ensure_groups

    ensure_groups()
    editor = django_user_model.objects.create_user("ed", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    _resource("old-law", datetime.date(2020, 1, 1), name_en="Old law")
    _resource("fresh-tool", datetime.date.today(), name_en="Fresh tool")
    login_verified(client, editor)
    response = client.get("/admin/snippets/courses/localresource/?due=true",
                          HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert "old-law" in html or "Old law" in html
    assert "Fresh tool" not in html and "fresh-tool" not in html
