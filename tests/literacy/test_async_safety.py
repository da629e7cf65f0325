"""Async tests run as the site's consumers do: in a thread with no event loop left over
from a browser test, and with Django's check against blocking calls in an event loop on."""

import os

import pytest
from django.core.exceptions import SynchronousOnlyOperation
from django.utils.asyncio import async_unsafe


@async_unsafe
def _blocking_call():
    return "ran"


async def test_blocking_calls_are_refused_in_async_tests():
    # tests/browser/conftest.py turns the check off only while Playwright's loop runs.
    assert "DJANGO_ALLOW_ASYNC_UNSAFE" not in os.environ
    with pytest.raises(SynchronousOnlyOperation):
        _blocking_call()
