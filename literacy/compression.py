"""HTML compressed on the way out (brotli where the browser takes it, else gzip), and
nothing compressed twice.

Django's GZipMiddleware compresses every response of 200 bytes or more: woff2 fonts,
PNG/JPEG/WebP images, ZIP and PDF files are compressed already, so gzip only costs the
server CPU and the phone time (and makes the body a little larger).
``TextCompressionMiddleware`` compresses text only (HTML, CSS, JavaScript, JSON, SVG, the
web app manifest). WhiteNoise serves its own pre-compressed .br/.gz copies of static text
files (Content-Encoding set, which is left alone); nginx compresses nothing
(deploy/nginx/basira.conf: ``gzip off``).

HTML goes as brotli (quality 5: a few per cent smaller than gzip for about the same CPU on
pages of 50-120 KB) when Accept-Encoding allows it; other text as gzip.

BREACH: pages carry secrets (the CSRF token in forms, signed attempt tokens) beside text an
attacker may reflect. Django masks the CSRF token afresh on every response, and its gzip
adds 0-100 random bytes to the stream's header so that the length no longer tells a guess
from another; the brotli path does the same with a comment of random length and content
after the page (``_padding``), which the compressor cannot shrink away.

Guarded by tests/literacy/test_compression.py::test_only_text_is_compressed and
::test_html_prefers_brotli_padded_and_varies."""

import re
import secrets

import brotli
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

COMPRESSIBLE = ("text/", "application/json", "application/javascript",
                "application/manifest+json", "application/xml", "image/svg+xml")
# "br" in Accept-Encoding, unless refused with q=0.
_ACCEPTS_BROTLI = re.compile(r"(?:^|,)\s*br\s*(?:;\s*q\s*=\s*(?!0(?:\.0*)?\s*(?:,|$))[\d.]+\s*)?(?:,|$)")
MIN_LENGTH = 200  # as GZipMiddleware: smaller bodies grow when compressed
MAX_PADDING = 100


def is_compressible(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower().startswith(COMPRESSIBLE)


def _is_html(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == "text/html"


def accepts_brotli(request) -> bool:
    return bool(_ACCEPTS_BROTLI.search(request.headers.get("Accept-Encoding", "").lower()))


def _padding() -> bytes:
    """An HTML comment of 0-100 random hex digits: random length against BREACH."""
    return b"<!--" + secrets.token_hex(MAX_PADDING)[:secrets.randbelow(MAX_PADDING + 1)].encode() + b"-->"


class TextCompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if not is_compressible(content_type):
            return response
        if _is_html(content_type) and not response.streaming and accepts_brotli(request):
            return self._brotli(response)
        return super().process_response(request, response)

    def _brotli(self, response):
        if len(response.content) < MIN_LENGTH or response.has_header("Content-Encoding"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        compressed = brotli.compress(response.content + _padding(), quality=5,
                                     mode=brotli.MODE_TEXT)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag  # the bytes differ from the identity's
        response.headers["Content-Encoding"] = "br"
        return response
