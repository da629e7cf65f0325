"""HTML compressed on the way out, and nothing compressed twice.

Django's GZipMiddleware compresses every response of 200 bytes or more: woff2 fonts,
PNG/JPEG/WebP images, ZIP and PDF files are compressed already, so gzip only costs the
server CPU and the phone time (and makes the body a little larger). ``TextGZipMiddleware``
compresses text only (HTML, CSS, JavaScript, JSON, SVG, the web app manifest). WhiteNoise
serves its own pre-compressed .br/.gz copies of static text files (Content-Encoding set,
which GZipMiddleware already leaves alone).

Guarded by tests/literacy/test_compression.py::test_only_text_is_gzipped."""

from django.middleware.gzip import GZipMiddleware

COMPRESSIBLE = ("text/", "application/json", "application/javascript",
                "application/manifest+json", "application/xml", "image/svg+xml")


def is_compressible(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower().startswith(COMPRESSIBLE)


class TextGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not is_compressible(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)
