"""The Redis channel layer with a bounded, blocking connection pool.

channels-redis opens a redis-py ``ConnectionPool`` per event loop, and redis-py 8 bounds
it at 100 connections and *raises* (``MaxConnectionsError``) past that. Every command a
layer sends takes a connection for its round trip, so a burst of more than 100 at once
on one server (300 dashboard sockets connecting and joining their groups, 200 phones
answering a live question in the same second) failed the sends past the hundredth, and
those sockets' joins with them. A ``BlockingConnectionPool`` makes the extra commands
wait their turn (at most ``LITERACY_REDIS_POOL_WAIT_SECONDS``) on at most
``LITERACY_REDIS_MAX_CONNECTIONS`` connections per process and event loop, which also
bounds what a burst costs Redis (its default limit is 10,000 clients for all servers).
Fewer is faster under load, as opening connections by the dozen at once misses their
1 s connect timeout: 300 sends at once took 3.3 s on 20 connections, 4.3 s on 50 with 19
connects timed out, and every send failed on the default pool (docs/design.md).

Guarded by tests/literacy/test_channel_layer_pool.py::test_a_burst_past_the_pool_waits_its_turn.
"""

from channels_redis.core import RedisChannelLayer
from redis.asyncio import BlockingConnectionPool

from . import conf


class BoundedRedisChannelLayer(RedisChannelLayer):
    def create_pool(self, index):
        host = dict(self.hosts[index])
        return BlockingConnectionPool.from_url(
            host.pop("address"), max_connections=int(conf.REDIS_MAX_CONNECTIONS),
            timeout=float(conf.REDIS_POOL_WAIT_SECONDS), **host)
