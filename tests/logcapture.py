"""Capture every log record, including Basira's own loggers (which do not propagate to the
root logger, where pytest's caplog listens), to assert what the server logs never say."""

import logging

import pytest

__all__ = ["all_logs"]


@pytest.fixture
def all_logs(caplog):
    caplog.set_level(logging.DEBUG)
    loggers = [logging.getLogger(name) for name in logging.root.manager.loggerDict
               if not logging.getLogger(name).propagate]
    saved = [(logger, logger.level) for logger in loggers]
    for logger in loggers:
        logger.addHandler(caplog.handler)
        logger.setLevel(logging.DEBUG)
    yield caplog
    for logger, level in saved:
        logger.removeHandler(caplog.handler)
        logger.setLevel(level)


def logged_text(caplog) -> str:
    """Every captured record: message, arguments, request and traceback, as one string."""
    parts = []
    for record in caplog.records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        parts.append(repr(getattr(record, "request", "")))
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(parts)
