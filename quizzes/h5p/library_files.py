"""Library files as a browser can keep them: versioned, precompressed, one cache entry each.

A library's files never change under a given version token (``version_token``: the
storage folder and the time the row last changed), so a URL carrying ``?v=<token>`` is
served ``immutable`` for a year; without it, or with a stale one, for ten minutes.

Text files are compressed once, the first time they are asked for, and the result is
stored beside the file (``x.js.br``, ``x.js.gz``); later requests send those bytes as they
are, with ``Content-Encoding`` set, so the site's GZipMiddleware leaves them alone.
``Vary`` names only ``Accept-Encoding``: the response is the same for every cookie and
language, and H5POriginMiddleware puts back the headers set here (``mark_public``) over
what the session, locale and private-pages middlewares add, so one cached copy serves
everyone.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import re

from django.core.files.base import ContentFile

from .storage import h5p_storage

logger = logging.getLogger("basira.h5p")

try:  # optional: WhiteNoise uses it too when installed
    import brotli
except ImportError:  # pragma: no cover - gzip alone then
    brotli = None

# What is worth compressing (fonts in woff/woff2, images and sounds are compressed already).
COMPRESSIBLE = {"js", "css", "json", "svg", "txt", "vtt", "webvtt", "ttf", "otf", "eot", "md",
                "xml", "csv", "html"}
# A public response: H5POriginMiddleware gives it back exactly these headers at the end.
PUBLIC = "_basira_public_headers"
LONG_CACHE = "public, max-age=31536000, immutable"
SHORT_CACHE = "public, max-age=600"
MIN_COMPRESS_BYTES = 256
_ACCEPTS = re.compile(r"(?:^|,)\s*(br|gzip)\s*(?:;\s*q=([0-9.]+))?", re.IGNORECASE)


def mark_public(response, *, cache: str, vary: str = ""):
    """The same bytes for everyone: these Cache-Control and Vary, whatever else ran."""
    response["Cache-Control"] = cache
    setattr(response, PUBLIC, {"Cache-Control": cache, "Vary": vary})
    return response


def version_token(library) -> str:
    """Changes whenever the library's files may have: new folder or row rewritten."""
    stamp = library.updated_at.isoformat() if library.updated_at else ""
    return hashlib.sha256(f"{library.storage_path}|{stamp}".encode()).hexdigest()[:12]


def accepted_encodings(header: str) -> list[str]:
    """"br" and/or "gzip" as the request accepts them (q=0 refuses), brotli first."""
    found = {}
    for name, quality in _ACCEPTS.findall(header or ""):
        try:
            found[name.lower()] = float(quality) if quality else 1.0
        except ValueError:
            continue
    return [name for name in ("br", "gzip") if found.get(name, 0) > 0]


def _compress(data: bytes, encoding: str) -> bytes:
    if encoding == "br":
        return brotli.compress(data, quality=11)
    return gzip.compress(data, compresslevel=9, mtime=0)


def _suffix(encoding: str) -> str:
    return ".br" if encoding == "br" else ".gz"


def compressed_copy(path: str, data: bytes, encoding: str) -> bytes | None:
    """The stored compressed copy of ``path`` (made and stored on first use), or None
    when compressing does not pay. A copy that could not be stored is still sent."""
    if encoding == "br" and brotli is None:
        return None
    storage = h5p_storage()
    name = path + _suffix(encoding)
    try:
        with storage.open(name, "rb") as handle:
            return handle.read()
    except (FileNotFoundError, OSError):
        pass
    packed = _compress(data, encoding)
    if len(packed) >= len(data):
        return None
    try:
        saved = storage.save(name, ContentFile(packed))
        if saved != name:  # another worker stored it meanwhile: keep theirs
            storage.delete(saved)
    except OSError:  # a full or read-only disk: serve it compressed all the same
        logger.warning("could not store the compressed copy of %s", path)
    return packed


def encode(path: str, data: bytes, extension: str, accept_encoding: str):
    """(body, Content-Encoding or None) for this request. Guarded by
    tests/quizzes/test_h5p_player.py::test_library_files_are_compressed_once_and_stored_beside
    and ::test_browsers_that_take_brotli_get_the_stored_brotli_copy."""
    if extension not in COMPRESSIBLE or len(data) < MIN_COMPRESS_BYTES:
        return data, None
    for encoding in accepted_encodings(accept_encoding):
        packed = compressed_copy(path, data, encoding)
        if packed is not None:
            return packed, encoding
    return data, None
