"""Channel-layer messages sent from a request without making the request wait for them.

Live events (a dashboard cell, a live quiz's count) are advisory: the pages they update
reload their state from the database when a socket (re)opens, and poll without one. A slow
or paused Redis must therefore never hold a learner's request, as it did when each event
was sent synchronously after commit (6 s with Redis paused 6 s). Messages go into a
bounded queue served by one thread per process with its own event loop (so Redis
connections are kept, not reopened per message), in order; each send is given up after
``LITERACY_EVENT_SEND_SECONDS`` and, when ``LITERACY_EVENT_QUEUE_SIZE`` messages already
wait, a new one is dropped with a warning. Neither blocks the caller.

The in-memory layer (one process: the embedded default and the tests) is sent to directly:
it is instant, and bound to the event loop of the sockets that read it.
Guarded by tests/literacy/test_channel_handoff.py::test_a_stuck_layer_never_holds_the_caller.
"""

import asyncio
import logging
import os
import queue
import threading

from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer

from . import conf

logger = logging.getLogger("basira.events")


class _Sender(threading.Thread):
    def __init__(self):
        super().__init__(name="basira-channel-handoff", daemon=True)
        self.queue: queue.Queue = queue.Queue(maxsize=int(conf.EVENT_QUEUE_SIZE))

    def run(self):
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        while True:
            layer, group, message = self.queue.get()
            try:
                loop.run_until_complete(self._send(layer, group, message))
            except Exception:  # TimeoutError included: the page catches up on its own
                logger.warning("live event not delivered to %s", group.split(".")[0],
                               exc_info=True)
            finally:
                self.queue.task_done()

    @staticmethod
    async def _send(layer, group, message):
        async with asyncio.timeout(float(conf.EVENT_SEND_SECONDS)):
            await layer.group_send(group, message)


_lock = threading.Lock()
_senders: dict[int, _Sender] = {}  # by process id: a forked worker starts its own thread


def _sender() -> _Sender:
    pid = os.getpid()
    sender = _senders.get(pid)
    if sender is None:
        with _lock:
            sender = _senders.get(pid)
            if sender is None:
                sender = _senders[pid] = _Sender()
                sender.start()
    return sender


def group_send(group: str, message: dict) -> None:
    """Send ``message`` to ``group`` without waiting for the channel layer."""
    layer = get_channel_layer()
    if layer is None:
        return
    if isinstance(layer, InMemoryChannelLayer):
        async_to_sync(layer.group_send)(group, message)
        return
    try:
        _sender().queue.put_nowait((layer, group, message))
    except queue.Full:
        logger.warning("live events are waiting on the channel layer: one was dropped")


def pending() -> int:
    """Messages handed off and not yet sent or given up."""
    sender = _senders.get(os.getpid())
    return 0 if sender is None else sender.queue.unfinished_tasks


def wait_until_sent(timeout: float = 5.0) -> bool:
    """Whether everything handed off so far was sent or given up within ``timeout`` (tests
    and orderly shutdown)."""
    sender = _senders.get(os.getpid())
    if sender is None:
        return True
    done = threading.Event()

    def join():
        sender.queue.join()
        done.set()

    threading.Thread(target=join, daemon=True).start()
    return done.wait(timeout)
