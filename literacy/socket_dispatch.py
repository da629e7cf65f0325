"""Consumers whose messages are handled without a thread hop of their own.

Channels (4.2 on) runs Django's ``close_old_connections`` before every handler, through
``sync_to_async``: one hop onto the single sync thread per message and socket. A cohort
event reaches each of 300 dashboard sockets as a message of its own, so one event cost
300 hops queued one after the other on that thread (profiled on bench ``cohort_ws``: 26,000
hops in a minute, the largest cost between the commit and the last socket's receipt), and
every phone's live answer queued on it behind the others before its own database work.

The consumers here do no database work in the event loop: every query goes through
``database_sync_to_async``, which closes stale connections itself before and after each
call in the thread that uses them. The sweep in front of every message adds nothing to
that, so ``dispatch`` leaves it out.
Guarded by tests/literacy/test_socket_dispatch.py::test_a_group_message_costs_no_thread_hop.
"""

from channels.consumer import get_handler_name


class NoSweepDispatch:
    """Mixin for a Channels consumer that reaches the database only through
    ``database_sync_to_async`` (never the ORM in async code)."""

    async def dispatch(self, message):
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)
