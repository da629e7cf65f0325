"""Browser-facing defences: Content-Security-Policy and the other security headers."""

import pytest

pytestmark = pytest.mark.django_db


def _policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_site_pages_have_a_strict_content_security_policy(client, home_page):
    response = client.get("/ar/")
    assert response.status_code == 200
    policy = _policy(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert "'unsafe-eval'" not in " ".join(response["Content-Security-Policy"].split())
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_plain_django_views_get_the_same_policy(client):
    response = client.get("/en/privacy/")
    assert response.status_code == 200
    policy = _policy(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_frames_are_limited_to_the_h5p_origin(client, settings):
    assert _policy(client.get("/ar/privacy/"))["frame-src"] == ["'self'"]
    settings.QUIZZES_H5P_ORIGIN = "https://h5p.basira.example/"
    assert _policy(client.get("/ar/privacy/"))["frame-src"] == ["https://h5p.basira.example"]


def test_admin_policy_is_scoped_to_the_admin(client):
    """The Wagtail admin needs inline scripts; only /admin/ gets them, never site pages."""
    admin = _policy(client.get("/admin/login/"))
    assert "'unsafe-inline'" in admin["script-src"]
    assert admin["object-src"] == ["'none'"]
    assert admin["frame-ancestors"] == ["'self'"]  # page previews frame the admin itself
    site = _policy(client.get("/ar/privacy/"))
    assert "'unsafe-inline'" not in site["script-src"]


def test_security_headers(client):
    response = client.get("/ar/privacy/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    features = dict(
        item.strip().split("=", 1) for item in response["Permissions-Policy"].split(",")
    )
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"


def test_templates_carry_no_inline_script_or_style():
    """The strict policy would block them; the rule holds for every template of the apps."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
    handler = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
    style_attr = re.compile(r"\sstyle\s*=", re.IGNORECASE)
    offenders = []
    for app in ("literacy", "courses", "quizzes"):
        for template in (root / app).rglob("templates/**/*.html"):
            text = template.read_text(encoding="utf-8")
            for pattern in (inline_script, handler, style_attr):
                if pattern.search(text):
                    offenders.append(f"{template.relative_to(root)}: {pattern.pattern}")
    assert not offenders, "\n".join(offenders)
