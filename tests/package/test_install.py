"""The plugin set installs into a new Wagtail site by following the README, and renders there.

Builds the wheel, makes a fresh virtual environment and a bare site with `wagtail start`,
installs the wheel (dependencies come from pip's cache), wires it with the README's own
snippets (<!-- basira:... --> blocks), migrates, seeds one small course with a quiz and
renders the course page, a lesson and the quiz in Arabic and English (host_check.py).
Slow (about a minute and a half): run with `make test-package` or `-m package`.
"""

import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polib
import pytest

# Builds a wheel and pip-installs a whole site: minutes on a loaded machine.
pytestmark = [pytest.mark.package, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parents[2]
SNIPPET = re.compile(r"<!-- basira:(\w+) -->\s*```\w*\n(.*?)^\s*```", re.S | re.M)


def readme_snippets() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return {name: textwrap.dedent(body) for name, body in SNIPPET.findall(text)}


def run(*args, cwd=None, env=None, timeout=600) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def test_readme_steps_install_basira_into_a_new_wagtail_site(tmp_path):
    started = time.monotonic()
    snippets = readme_snippets()
    assert {"install", "settings", "urls", "migrate"} <= set(snippets)

    dist = tmp_path / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, ROOT)
    [wheel] = dist.glob("basira-*.whl")
    built = time.monotonic()

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    bin_ = venv / "bin"
    env = {**os.environ, "PATH": f"{bin_}:{os.environ['PATH']}", "VIRTUAL_ENV": str(venv)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("PYTHONPATH", None)
    install = snippets["install"].strip().split()
    assert install[:2] == ["pip", "install"]
    run(bin_ / "pip", "install", "--quiet", wheel, env=env, timeout=900)
    installed = time.monotonic()

    run(bin_ / "wagtail", "start", "hostsite", tmp_path, env=env)
    site = tmp_path
    settings_file = site / "hostsite" / "settings" / "base.py"
    settings_file.write_text(
        settings_file.read_text() + "\n# Basira (README)\n" + snippets["settings"]
    )
    urls_file = site / "hostsite" / "urls.py"
    urls = urls_file.read_text()
    wagtail_line = '    path("", include(wagtail_urls)),'
    assert wagtail_line in urls
    urls_file.write_text(urls.replace(
        wagtail_line, textwrap.indent(snippets["urls"].strip(), "    ") + "\n" + wagtail_line))

    site_env = {**env, "DJANGO_SETTINGS_MODULE": "hostsite.settings.dev"}
    for line in snippets["migrate"].strip().splitlines():
        command = line.split()
        assert command[:2] == ["python", "manage.py"]
        run(bin_ / "python", "manage.py", *command[2:], cwd=site, env=site_env)
    checked = run(bin_ / "python", "manage.py", "check", cwd=site, env=site_env)
    # The optional parts this bare site lacks are named, and nothing fails.
    assert "basira.W002" in checked and "basira.W003" in checked
    assert "basira.E" not in checked

    (site / "host_check.py").write_text((Path(__file__).parent / "host_check.py").read_text())
    output = run(bin_ / "python", "host_check.py", cwd=site, env=site_env)
    result = json.loads(output.split("RESULT ", 1)[1])
    rendered = time.monotonic()

    # Nothing of the Basira site's own wiring was needed (nor is its settings package there).
    assert not {"literacy.settings", "literacy.urls", "literacy.asgi"} & set(result["modules"])
    assert not list(venv.glob("lib/python*/site-packages/literacy/settings"))
    pages = result["pages"]
    # Kept for reading when an assertion below fails.
    saved = ROOT / "artifacts" / "package"
    saved.mkdir(parents=True, exist_ok=True)
    for key, page in pages.items():
        (saved / f"{key.replace(':', '-')}.html").write_text(page["html"], encoding="utf-8")
    for key, page in pages.items():
        assert page["status"] == 200, (key, page["html"][:2000])
        # The host's own layout wraps Basira's pages.
        assert "base.html" in page["templates"] and "basira/base.html" in page["templates"]
        assert "js/hostsite.js" in page["html"], key
    for name in ("course", "lesson", "quiz"):
        ar, en = pages[f"ar:{name}"]["html"], pages[f"en:{name}"]["html"]
        assert '<div class="basira" lang="ar" dir="rtl">' in ar
        assert '<div class="basira" lang="en" dir="ltr">' in en
    assert "التحقق من الأخبار" in pages["ar:course"]["html"]
    assert "Checking the news" in pages["en:course"]["html"]
    assert "نصّ الدرس" in pages["ar:lesson"]["html"]
    assert "The text of the lesson" in pages["en:lesson"]["html"]
    # The interface is in the visitor's language: the wheel carries compiled catalogues.
    outline = polib.pofile(str(ROOT / "courses/locale/ar/LC_MESSAGES/django.po")).find(
        "Course outline").msgstr
    assert outline and outline in pages["ar:course"]["html"]
    assert "Course outline" in pages["en:course"]["html"]
    for lang, title in (("ar", "اختبار قصير"), ("en", "Short quiz")):
        html = pages[f"{lang}:quiz"]["html"]
        assert 'class="question question--' in html and title in html
    assert result["catalogue_under_home"] and not result["basira_home_page_creatable"]
    assert result["admin"]["status"] == 200
    assert "Basira configuration" in result["admin"]["html"]
    assert "basira.W002" in result["admin"]["html"] and "basira.W003" in result["admin"]["html"]
    size_kb = wheel.stat().st_size / 1024
    print(
        f"\npackage: wheel {wheel.name} {size_kb:.0f} KB; build {built - started:.0f} s, "
        f"venv+install {installed - built:.0f} s, site+migrate+render "
        f"{rendered - installed:.0f} s, total {rendered - started:.0f} s"
    )
