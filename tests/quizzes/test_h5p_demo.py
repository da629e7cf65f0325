"""Demo H5P activities: the fixture and one of our own, installed once."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from quizzes.demo_h5p import h5p_block, install_fixture_package, install_own_package
from quizzes.models import H5PLibrary, H5PPackage

pytestmark = pytest.mark.django_db


def test_installing_the_fixture_twice_creates_one_package():
    first, created = install_fixture_package()
    again, created_again = install_fixture_package()
    assert created and not created_again and first == again
    assert first.title_ar and first.title_en and first.title_fr
    assert h5p_block(first, completes_lesson=True) == {
        "type": "h5p", "value": {"package": first.pk, "completes_lesson": True}}


def test_our_own_activity_is_built_from_the_installed_libraries(client, activity_for, user):
    own, created = install_own_package()
    assert created and install_own_package() == (own, False)
    assert H5PPackage.objects.count() == 2
    assert H5PLibrary.objects.count() == 10  # no library of its own
    assert own.main_library == "H5P.TrueFalse" and own.max_score == 1
    play, _result = activity_for(user, own)
    content = json.loads(client.get(reverse("quizzes_h5p:content", args=[play,
                                                                        "content/content.json"]),
                                    HTTP_HOST="localhost").content)
    assert content["l10n"]["trueText"] == "صواب"
    assert "الصورة" in content["question"]


def test_seed_demo_installs_the_activities(h5p_files):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert H5PPackage.objects.count() == 2
