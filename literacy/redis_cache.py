"""A Redis cache that answers as an empty cache while Redis cannot be reached.

Everything Basira keeps in the cache can be recomputed or forgotten: who has a second
factor and cohort roles (read again from the database), Wagtail's site root paths, and the
login and join-code failure counters. With Django's own RedisCache a stopped Redis turns
every page into a 500 (login included); here each failing call is logged (at most once a
minute per process) and answers like a cache that holds nothing: ``get`` the default,
``set``/``add``/``touch``/``delete`` store nothing, ``incr`` raises ValueError as for a
missing key. The price, logged with the warning: failure counters do not count until Redis
is back, so login throttling is off meanwhile (failing closed would lock every learner out).

Why not django-redis with ``IGNORE_EXCEPTIONS`` (issue 18): in django-redis 7.0.0 that
option covers get/set/add/incr/delete but not ``touch``, which the login throttle calls on
every failure (``throttle.count_failure``), so a stopped Redis still turned a wrong
password into a 500 (tests/courses/test_redis_down.py failed with it).
"""

import logging
import time
from functools import wraps

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger("basira.cache")

LOG_EVERY_SECONDS = 60


def _tolerant(name: str, answer, method=None):
    method = method or getattr(RedisCache, name)

    @wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError:
            self._unavailable(name)
            if isinstance(answer, type) and issubclass(answer, Exception):
                raise answer("cache unavailable") from None
            return answer(args, kwargs) if callable(answer) else answer

    return call


def _default(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _incr_in_window(self, key, timeout, version=None) -> int:
    """``add(key, 0, timeout)`` then ``incr(key)`` in one round trip (one MULTI/EXEC
    pipeline) instead of three (SET NX, then EXISTS and INCRBY, as Django's ``incr``
    does): the rate limits' counter (literacy/security/rate_limits.py), which every
    quiz submission pays. Integers are stored as Django's serializer stores them, so
    ``get`` reads the count. Guarded by tests/literacy/test_channel_layer_pool.py::
    test_the_rate_limit_counts_on_redis_in_one_round_trip (broken once: the counter
    stuck at 1, the third request went through)."""
    key = self.make_and_validate_key(key, version=version)
    client = self._cache.get_client(key, write=True)
    with client.pipeline() as pipe:
        pipe.set(key, 0, ex=max(1, int(timeout)), nx=True)
        pipe.incr(key)
        return pipe.execute()[1]


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client builds a new ``redis.Redis`` on every cache call, and redis-py 8
    fills each one's table of ~170 response callbacks: about 0.15 ms of CPU per call,
    four to six calls per signed-in request (the session, who has a second factor, the
    rate limit, the learner's cohorts). One ``redis.Redis`` per connection pool does the
    same: it holds no state of its own between commands (the pool hands out the
    connections), and this object already belongs to one thread (Django keeps a cache
    backend per thread)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class TolerantRedisCache(RedisCache):
    _last_logged = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _unavailable(self, operation: str) -> None:
        now = time.monotonic()
        if now - TolerantRedisCache._last_logged >= LOG_EVERY_SECONDS:
            TolerantRedisCache._last_logged = now
            logger.warning("cache unavailable (%s): answering as an empty cache; login "
                           "throttling is off until Redis is back", operation,
                           exc_info=True)

    get = _tolerant("get", _default)
    get_many = _tolerant("get_many", lambda args, kwargs: {})
    has_key = _tolerant("has_key", False)
    add = _tolerant("add", False)
    set = _tolerant("set", None)
    set_many = _tolerant("set_many", lambda args, kwargs: [])
    touch = _tolerant("touch", False)
    delete = _tolerant("delete", False)
    delete_many = _tolerant("delete_many", None)
    incr = _tolerant("incr", ValueError)
    incr_in_window = _tolerant("incr_in_window", ValueError, _incr_in_window)
    clear = _tolerant("clear", False)
