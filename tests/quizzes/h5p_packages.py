"""Builders of .h5p files for the tests: the real fixture, variations and hostile ones.

The real True/False package is read from the shared fixtures (tests/h5p_fixtures.py): a test
using it skips outside CI when they are absent.
"""

import io
import json
import zipfile
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.h5p_fixtures import fixture_package

ROOT = Path(__file__).resolve().parents[2]


def fixture_bytes(name: str = "true-false.h5p") -> bytes:
    return fixture_package(name).read_bytes()


def fixture_members(name: str = "true-false.h5p") -> dict[str, bytes]:
    with zipfile.ZipFile(fixture_package(name)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()
                if not info.is_dir()}


def build_zip(members, *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """members: {name: bytes} or a list of (name or ZipInfo, bytes)."""
    items = members.items() if isinstance(members, dict) else members
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in items:
            if isinstance(name, zipfile.ZipInfo):
                archive.writestr(name, data)
            else:
                archive.writestr(name, data)
    return buffer.getvalue()


def variant(add=None, remove=(), replace=None) -> bytes:
    members = fixture_members()
    for name in list(members):
        if any(name == prefix or name.startswith(prefix) for prefix in remove):
            del members[name]
    members.update(replace or {})
    items = list(members.items()) + list((add or {}).items())
    return build_zip(items)


def symlink_member(name: str, target: bytes) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (0o120777 << 16)
    return info, target


def upload(data: bytes, name: str = "activity.h5p") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/zip")


def own_package(script: str, *, title: str = "Probe") -> bytes:
    """A tiny H5P content type of our own whose script runs ``script`` (hostile tests)."""
    library = {
        "title": "Basira Probe", "machineName": "Basira.Probe", "majorVersion": 1,
        "minorVersion": 0, "patchVersion": 0, "runnable": 1, "coreApi": {"majorVersion": 1,
        "minorVersion": 19}, "preloadedJs": [{"path": "probe.js"}],
    }
    h5p = {"title": title, "language": "und", "mainLibrary": "Basira.Probe",
           "embedTypes": ["iframe"], "license": "U",
           "preloadedDependencies": [{"machineName": "Basira.Probe", "majorVersion": "1",
                                      "minorVersion": "0"}]}
    js = (
        "window.Basira = window.Basira || {};\n"
        "Basira.Probe = (function () { function Probe(params, id) { this.id = id; }\n"
        "Probe.prototype.attach = function ($container) {\n"
        "  var box = document.createElement('p'); box.textContent = 'probe';\n"
        "  $container.get(0).appendChild(box);\n" + script + "\n};\n"
        "return Probe; })();\n"
    )
    return build_zip({
        "h5p.json": json.dumps(h5p).encode(),
        "content/content.json": b"{}",
        "Basira.Probe-1.0/library.json": json.dumps(library).encode(),
        "Basira.Probe-1.0/probe.js": js.encode(),
    })
