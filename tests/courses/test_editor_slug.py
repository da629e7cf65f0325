"""A slug clash is named at the top of the form, whatever tab the editor is on."""

import html

import pytest
from django.contrib.auth.models import Group

from courses.page_forms import SLUG_ON_ANOTHER_TAB
from courses.permissions import ensure_groups
from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .editor_forms import edit_form_data

pytestmark = pytest.mark.django_db


def test_a_slug_clash_is_reported_at_the_top_and_nothing_is_created(client, lessons):
    ensure_groups()
    editor = UserFactory(username="slug-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    login_verified(client, editor)
    first = lessons[0]
    module = first.get_parent()
    add = f"/admin/pages/add/courses/lessonpage/{module.pk}/"
    data = edit_form_data(client.get(add).content.decode(), type(first)())
    data.update({"title_ar": "درس آخر", "slug": first.slug})
    count = module.get_children().count()
    response = client.post(add, data)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    top = page[page.index("messages"):page.index("w-tabs")]
    assert str(SLUG_ON_ANOTHER_TAB) in top
    assert module.get_children().count() == count
