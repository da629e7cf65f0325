"""The bench's floors measure what they claim (bench/README.md): the no-op POST is signed
in and CSRF-checked, and `python -m bench.compare` flags a ratio that drifts."""

import json

import pytest
from django.test import Client, override_settings

from bench.compare import main as compare
from tests.factories import UserFactory


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="bench.urls")
def test_the_noop_post_is_signed_in_and_csrf_checked():
    client = Client(enforce_csrf_checks=True)
    token = "a" * 32
    client.cookies["csrftoken"] = token
    signed = {"csrfmiddlewaretoken": token}
    assert client.post("/bench/noop", signed).status_code == 302  # to sign in
    client.force_login(UserFactory())
    client.cookies["csrftoken"] = token
    assert client.post("/bench/noop").status_code == 403  # no CSRF token
    assert client.post("/bench/noop", signed).status_code == 204


def test_compare_flags_a_ratio_that_drifts(tmp_path, capsys):
    def run(name, ratio, ms):
        path = tmp_path / name
        path.write_text("\n".join(json.dumps(row) for row in [
            {"name": "x.vs_noop_ratio", "value": ratio, "unit": "ratio"},
            {"name": "x.per_s", "value": ms, "unit": "req/s"}]))
        return str(path)

    assert compare([run("a", 1.0, 100), run("b", 1.1, 300)]) == 0  # absolute: not judged
    assert compare([run("a", 1.0, 100), run("c", 1.3, 100)]) == 1
    assert "NOISY" in capsys.readouterr().out
