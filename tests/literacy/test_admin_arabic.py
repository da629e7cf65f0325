"""An Arabic editor's admin is in Arabic, including third-party strings and the workflow."""

import html

import pytest
from django.contrib.auth.models import Group

from literacy.security.testing import login_verified
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_admin_sign_in_form_labels_the_password_in_arabic(client):
    client.cookies["django_language"] = "ar"
    page = html.unescape(client.get("/admin/login/").content.decode())
    assert "كلمة المرور" in page and ">\n            Password<" not in page


def test_arabic_editor_sees_the_language_switch_and_workflow_in_arabic(client, home_page):
    from courses.permissions import WORKFLOW_NAME, ensure_groups

    ensure_groups()
    editor = UserFactory(username="arabic-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    login_verified(client, editor)
    client.cookies["django_language"] = "ar"
    page = html.unescape(client.get(f"/admin/pages/{home_page.pk}/edit/").content.decode())
    assert "View / edit fields for" not in page
    assert "عرض الحقول وتحريرها باللغة" in page
    assert "Moderators approval" not in page and WORKFLOW_NAME in page


def test_arabic_editor_sees_the_tree_root_and_site_name_in_arabic(client, root_page):
    from courses.permissions import ensure_groups
    from literacy.demo import ROOT_TITLES, seed_home

    seed_home()
    ensure_groups()
    editor = UserFactory(username="arabic-editor", is_superuser=True)
    login_verified(client, editor)
    client.cookies["django_language"] = "ar"
    page = html.unescape(client.get(f"/admin/pages/{root_page.pk}/").content.decode())
    assert ROOT_TITLES["ar"] in page and ">Root<" not in page
    assert "بصيرة" in page.split("<title>", 1)[1].split("</title>", 1)[0]
