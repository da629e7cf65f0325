"""A burst of channel-layer sends past redis-py's 100 connections (literacy/channel_layer.py).

Needs Redis (REDIS_URL); skipped without. Cost: one event loop, 300 sends, well under a
second."""

import asyncio
import os

import pytest
from channels_redis.core import RedisChannelLayer

from literacy.channel_layer import BoundedRedisChannelLayer

REDIS_URL = os.environ.get("REDIS_URL") or os.environ.get("CI_REDIS_URL")
BURST = 300  # the dashboard sockets of the ws_300 bench, joining at once

pytestmark = pytest.mark.skipif(not REDIS_URL, reason="needs Redis (REDIS_URL)")


async def _burst(layer) -> list:
    try:
        return await asyncio.gather(*(layer.group_add(f"burst.{i % 7}", f"burst!{i}")
                                      for i in range(BURST)), return_exceptions=True)
    finally:
        await layer.flush()


def test_a_burst_past_the_pool_waits_its_turn(settings):
    layer = BoundedRedisChannelLayer(hosts=[{"address": REDIS_URL,
                                             **settings.REDIS_CHANNEL_OPTIONS}])
    failed = [r for r in asyncio.run(_burst(layer)) if isinstance(r, BaseException)]
    assert failed == []


def test_the_default_pool_fails_such_a_burst(settings):
    """Why the bounded pool: channels-redis's own fails the sends past the hundredth."""
    layer = RedisChannelLayer(hosts=[{"address": REDIS_URL, **settings.REDIS_CHANNEL_OPTIONS}])
    failed = [r for r in asyncio.run(_burst(layer)) if isinstance(r, BaseException)]
    assert failed, "redis-py's default pool took the burst: the bounded one may be moot"


def test_the_rate_limit_counts_on_redis_in_one_round_trip(settings, monkeypatch):
    """The counter (TolerantRedisCache.incr_in_window) still limits: the third request of
    a 2-per-window scope is refused, and each count is one round trip to Redis."""
    import redis.connection
    from django.core.cache import caches

    from literacy.security.rate_limits import RateLimit, of_user

    settings.CACHES = {"default": {"BACKEND": "literacy.redis_cache.TolerantRedisCache",
                                   "LOCATION": REDIS_URL,
                                   "KEY_PREFIX": f"test-rate-{os.getpid()}"}}
    settings.LITERACY_RATE_LIMITS = {"submission": (2, 3600)}
    limit = RateLimit("submission")
    limit.count("warm-up")  # the connection's own handshake (HELLO, SELECT) is not counted
    sent = []
    original = redis.connection.AbstractConnection.send_packed_command
    monkeypatch.setattr(redis.connection.AbstractConnection, "send_packed_command",
                        lambda self, *a, **k: sent.append(1) or original(self, *a, **k))
    try:
        answers = [limit.count(of_user(type("U", (), {"pk": 10**9})())) for _ in range(3)]
        trips = len(sent)
    finally:
        caches["default"].clear()
    assert answers[:2] == [None, None] and answers[2] > 0
    assert trips == 3


def test_the_cache_builds_one_redis_client_per_server(settings, monkeypatch):
    """Django's Redis cache builds a ``redis.Redis`` (and its ~170 response callbacks) on
    every call; TolerantRedisCache keeps one per connection pool, and it still answers."""
    import redis
    from django.core.cache import caches

    settings.CACHES = {"default": {"BACKEND": "literacy.redis_cache.TolerantRedisCache",
                                   "LOCATION": REDIS_URL,
                                   "KEY_PREFIX": f"test-clients-{os.getpid()}"}}
    built = []
    original = redis.Redis.__init__
    monkeypatch.setattr(redis.Redis, "__init__",
                        lambda self, *a, **k: built.append(1) or original(self, *a, **k))
    cache = caches["default"]
    try:
        cache.set("one", 1)
        answers = [cache.get("one"), cache.get("two", "default"), cache.add("one", 2)]
    finally:
        cache.clear()
    assert answers == [1, "default", False]
    assert len(built) == 1
