"""The demo disinformation course, seeded alone (no other demo course, users or H5P)."""

import pytest
from wagtail.models import Locale, Page, Site


def seed_disinformation_course():
    from courses.demo import (
        load_courses,
        load_glossary,
        seed_catalogue,
        seed_course,
        seed_glossary,
        seed_topics,
    )
    from courses.permissions import ensure_groups
    from literacy.models import HomePage

    Locale.objects.get_or_create(language_code="ar")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", live=True))
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePage(title="بصيرة", title_ar="بصيرة", title_en="Basira", title_fr="Basira",
                    slug="home", live=True)
    root.add_child(instance=home)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    ensure_groups()
    index, _created = seed_catalogue(home)
    data = next(c for c in load_courses() if c["slug"] == "spotting-disinformation")
    course, _created = seed_course(index, data, seed_topics(), seed_glossary(load_glossary()))
    return course


@pytest.fixture
def disinformation_course(db):
    return seed_disinformation_course()
