"""Demo H5P activities: Basira's own card, built with pyh5p and ingested like any upload."""

import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.urls import reverse

from quizzes.demo_h5p import CARDS, build_card, h5p_block, install_card
from quizzes.h5p.validation import validate_package
from quizzes.models import H5PLibrary, H5PPackage

pytestmark = pytest.mark.django_db


def test_the_card_is_an_ordinary_complete_h5p_package():
    data = build_card("old_photo")
    assert data == build_card("old_photo")  # stable bytes: the seeder finds it again
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "H5P.BasiraCard-1.0/card.js" in names and "H5P.BasiraCard-1.0/card.css" in names
    validated = validate_package(io.BytesIO(data))
    assert validated.main_library == "H5P.BasiraCard"
    assert validated.metadata["language"] == "ar"


def test_installing_a_card_twice_creates_one_package_and_one_library():
    first, created = install_card("old_photo")
    again, created_again = install_card("old_photo")
    assert created and not created_again and first == again
    other, _created = install_card("urgent_link")
    assert H5PLibrary.objects.get().machine_name == "H5P.BasiraCard"
    assert first.title_ar and first.title_en and first.title_fr
    assert first.main_library == "H5P.BasiraCard" and first.max_score == 1
    assert set(other.libraries.all()) == set(first.libraries.all())
    assert h5p_block(first, completes_lesson=True) == {
        "type": "h5p", "value": {"package": first.pk, "completes_lesson": True}}


def test_the_card_speaks_the_learners_language(client, activity_for, user):
    card, _created = install_card("old_photo")
    for language, (true_label, right) in {"ar": ("صحيح", "إجابة صحيحة."),
                                          "fr": ("Vrai", "Bonne réponse."),
                                          "en": ("True", "Right.")}.items():
        play, _result = activity_for(user, card, language=language)
        url = reverse("quizzes_h5p:content", args=[play, "content/content.json"])
        content = json.loads(client.get(url, HTTP_HOST="localhost").content)
        assert (content["l10n"]["trueLabel"], content["l10n"]["right"]) == (true_label, right)
        assert content["statement"] == CARDS["old_photo"]["content"]["statement"]


def test_seed_demo_installs_the_activities(h5p_files):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert H5PPackage.objects.count() == 2
    assert set(H5PPackage.objects.values_list("main_library", flat=True)) == {"H5P.BasiraCard"}
