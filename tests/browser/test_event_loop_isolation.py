"""Browser tests and async tests share one pytest process (`make test`): Playwright's
event loop must be gone before the async tests run."""

import os
import subprocess
import sys

from .conftest import ROOT


def test_chromium_renders_a_page(browser):
    page = browser.new_page()
    page.set_content("<p dir='rtl'>بصيرة</p>")
    assert page.inner_text("p") == "بصيرة"
    page.close()


def test_async_tests_run_after_a_browser_module(browser):
    # In a process of its own, in this order: a browser module, then an async test.
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-q",
         "tests/browser/test_event_loop_isolation.py::test_chromium_renders_a_page",
         "tests/literacy/test_async_safety.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:]
    assert "2 passed" in result.stdout, result.stdout[-4000:]
