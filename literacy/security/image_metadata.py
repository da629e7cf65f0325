"""Uploaded photos keep their pixels and colours, never where or with what they were taken.

A phone or camera writes into the file the GPS position, make, model and serial number,
the owner's name, comments and a thumbnail (EXIF, XMP, IPTC; PNG text chunks; GIF
comments). Willow copies EXIF into every rendition, so the original must be clean:
``clean_image_bytes`` removes them from JPEG, PNG, WebP and GIF files.

- Where possible the file is rewritten at the container level: metadata segments or chunks
  are dropped and the compressed image data is copied byte for byte, so nothing is
  re-encoded and quality cannot drop.
- A photo whose EXIF orientation is not "upright" has its pixels rotated first (the tag is
  dropped with the rest, so the photo would otherwise turn sideways); that re-encodes the
  image, a JPEG with its own quantisation tables and chroma subsampling, so the quality
  stays what the camera chose.
- The ICC colour profile is kept: without it wide-gamut photos (Display P3 from phones)
  show dull colours. It describes colours only; at most its description names a
  manufacturer, never a device, a person or a place.

Guarded by tests/literacy/test_image_metadata.py::test_admin_upload_leaves_no_metadata_in_any_stored_file.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageOps, JpegImagePlugin

ORIENTATION = 0x0112
# JPEG segments kept: JFIF (APP0), the ICC profile (APP2 "ICC_PROFILE") and Adobe's colour
# transform (APP14), which CMYK/YCCK decoding needs. Every other APPn (EXIF, XMP, IPTC in
# Photoshop's APP13, JFXX and MPF thumbnails) and COM goes.
JPEG_KEPT_APP = {0xE0: (b"JFIF\x00",), 0xE2: (b"ICC_PROFILE\x00",), 0xEE: (b"Adobe",)}
# PNG chunks kept: what draws the picture (APNG frames included); text, eXIf, tIME and any
# private chunk go.
PNG_KEPT = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
            b"sBIT", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT", b"cICP"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WEBP_DROPPED = {b"EXIF", b"XMP "}
WEBP_FLAGS_EXIF_XMP = 0x08 | 0x04
# GIF application extensions that only loop an animation.
GIF_KEPT_APPLICATIONS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")


class NotAnImage(ValueError):
    """The bytes are not a file this module can read."""


def _orientation(data: bytes) -> int:
    try:
        with Image.open(io.BytesIO(data)) as image:
            return int(image.getexif().get(ORIENTATION, 1) or 1)
    except Exception:  # noqa: BLE001 - unreadable EXIF is treated as upright
        return 1


def _rotated(data: bytes) -> bytes:
    """The picture turned upright, saved without EXIF/XMP/comments (re-encodes)."""
    with Image.open(io.BytesIO(data)) as image:
        kind = image.format
        options = {}
        icc = image.info.get("icc_profile")
        if icc:
            options["icc_profile"] = icc
        if kind == "JPEG":
            options.update(qtables=image.quantization,
                           subsampling=JpegImagePlugin.get_sampling(image),
                           optimize=True, progressive="progressive" in image.info)
            if options["subsampling"] == -1:
                options.pop("subsampling")
        elif kind == "WEBP":
            options.update(lossless=image.info.get("lossless", False), quality=95)
        upright = ImageOps.exif_transpose(image)
        upright.info.pop("exif", None)
        upright.info.pop("xmp", None)
        out = io.BytesIO()
        upright.save(out, format=kind, **options)
    # The re-encoded file passes through the container filter too (Pillow may write text).
    return _filter(out.getvalue())


def _jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise NotAnImage("not a JPEG")
    out = bytearray(b"\xff\xd8")
    position = 2
    while position < len(data):
        if data[position] != 0xFF:
            raise NotAnImage("broken JPEG segment")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:
            break
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        segment = data[position:position + 2 + length]
        if len(segment) < 2 + length:
            raise NotAnImage("truncated JPEG")
        if marker == 0xDA:  # start of scan: entropy-coded data up to the end-of-image
            end = data.find(b"\xff\xd9", position + 2 + length)
            if end < 0:
                raise NotAnImage("JPEG without an end")
            out += data[position:end]
            break
        prefixes = JPEG_KEPT_APP.get(marker)
        is_metadata = marker == 0xFE or (0xE0 <= marker <= 0xEF and not (
            prefixes and segment[4:].startswith(prefixes)))
        if not is_metadata:
            out += segment
        position += 2 + length
    # Anything after the end-of-image (MPF thumbnails, appended files) is dropped.
    return bytes(out + b"\xff\xd9")


def _png(data: bytes) -> bytes:
    if not data.startswith(PNG_SIGNATURE):
        raise NotAnImage("not a PNG")
    out = bytearray(PNG_SIGNATURE)
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position:position + 12 + length]
        if len(chunk) < 12 + length:
            raise NotAnImage("truncated PNG")
        if kind in PNG_KEPT:
            out += chunk
        position += 12 + length
        if kind == b"IEND":
            break
    return bytes(out)


def _webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise NotAnImage("not a WebP")
    body = bytearray()
    position = 12
    while position + 8 <= len(data):
        kind, length = struct.unpack("<4sI", data[position:position + 8])
        chunk = bytearray(data[position:position + 8 + length + (length & 1)])
        if kind == b"VP8X" and len(chunk) > 8:
            chunk[8] &= ~WEBP_FLAGS_EXIF_XMP & 0xFF
        if kind not in WEBP_DROPPED:
            body += chunk
        position += 8 + length + (length & 1)
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + bytes(body)


def _gif_blocks(data: bytes, position: int) -> int:
    """The position after a chain of data sub-blocks."""
    while True:
        size = data[position]
        position += 1 + size
        if size == 0:
            return position


def _gif(data: bytes) -> bytes:
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise NotAnImage("not a GIF")
    flags = data[10]
    position = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    out = bytearray(data[:position])
    while position < len(data):
        introducer = data[position]
        if introducer == 0x3B:
            break
        if introducer == 0x2C:  # image descriptor, local colour table, LZW data
            local = data[position + 9]
            start = position
            position += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1
            position = _gif_blocks(data, position)
            out += data[start:position]
        elif introducer == 0x21:
            label = data[position + 1]
            start = position
            position = _gif_blocks(data, position + 2)
            block = data[start:position]
            kept = label in (0xF9, 0x01) or (
                label == 0xFF and block[3:14] in GIF_KEPT_APPLICATIONS)
            if kept:  # graphic control, plain text, animation loop
                out += block
        else:
            raise NotAnImage("broken GIF block")
    return bytes(out + b"\x3b")


FILTERS = {b"\xff\xd8": _jpeg, PNG_SIGNATURE[:2]: _png, b"RI": _webp, b"GI": _gif}


def _filter(data: bytes) -> bytes:
    container = FILTERS.get(data[:2])
    if container is None:
        raise NotAnImage("not a JPEG, PNG, WebP or GIF file")
    try:
        return container(data)
    except (IndexError, struct.error, zlib.error) as error:
        raise NotAnImage(str(error)) from error


def clean_image_bytes(data: bytes) -> bytes:
    """``data`` without EXIF, XMP, IPTC, text or comments, upright; the same bytes if clean.

    Raises NotAnImage for a file that is not a JPEG, PNG, WebP or GIF (an SVG, for
    example: it carries no camera metadata and the SVG check handles it).
    """
    if _orientation(data) != 1:
        return _rotated(data)
    cleaned = _filter(data)
    try:
        _check_decodes(cleaned)
    except NotAnImage:
        # A file the container filter could not follow is re-encoded instead.
        try:
            return _rotated(data)
        except Exception as error:  # noqa: BLE001 - Pillow raises many kinds
            raise NotAnImage(str(error)) from error
    return cleaned


def _check_decodes(data: bytes) -> None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except Exception as error:  # noqa: BLE001 - any decoder failure means the filter broke it
        raise NotAnImage(f"cleaned image does not decode: {error}") from error
