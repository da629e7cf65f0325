"""Validate an uploaded .h5p before anything is stored.

Why this runs inside the admin request and not in a background task: the expensive and
dangerous part of a hostile upload is decompression, and nothing is decompressed until the
ZIP's central directory (a few KB at the end of the file, read with ``zipfile`` without
inflating any member) has passed every check: member count, declared sizes, total expanded
size, per-member compression ratio, paths, symlinks and file types. A zip bomb is therefore
rejected in milliseconds with almost no memory, whatever it would expand to. An honest
package is then inflated once by pyh5p's ``read_package`` with the same explicit limits
(which also stops at a member whose data lies about its declared size), so the work of a
request is bounded by ``QUIZZES_H5P_MAX_UPLOAD_BYTES`` and ``QUIZZES_H5P_MAX_TOTAL_BYTES``.
Keeping it synchronous lets the editor see the one-sentence reason at once on the form and
guarantees that a rejected upload leaves no row and no file behind, which a queued task
would not (it would need a pending row and a way to report back).
"""

from __future__ import annotations

import hashlib
import logging
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, BinaryIO

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from pyh5p import H5PError, PackageLimits, read_package
from pyh5p.package import H5PPackage as PyH5PPackage

from ..conf import MB, app_settings
from . import safe_json
from .bidi import isolated

logger = logging.getLogger("basira.h5p")

# H5P core's own allow-list (H5PCore::$defaultContentWhitelist), without Flash (.swf).
CONTENT_EXTENSIONS = frozenset(
    "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav "
    "txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch md textile vtt "
    "webvtt gltf glb".split()
)
# ... plus what H5P core allows in libraries only ($defaultLibraryWhitelistExtras).
LIBRARY_ONLY_EXTENSIONS = frozenset({"js", "css"})
ALLOWED_EXTENSIONS = CONTENT_EXTENSIONS | LIBRARY_ONLY_EXTENSIONS
# Extensions that make a file dangerous wherever they appear in its name
# ("x.php.png" runs as PHP on some servers).
DANGEROUS_PARTS = frozenset(
    "php php3 php4 php5 php7 phtml phar html htm xhtml shtml svgz exe dll com bat cmd sh "
    "bash cgi pl py rb jsp asp aspx msi scr vbs ps1 jar wasm swf htaccess".split()
)
EXECUTABLE_MAGIC = (b"\x7fELF", b"MZ", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe",
                    b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa", b"\x00asm")
SVG_ACTIVE = re.compile(
    rb"<\s*script|javascript\s*:|\son[a-z]+\s*=|<\s*foreignobject|<\s*iframe|<\s*embed"
    rb"|<\s*object|<\s*use[^>]+href\s*=\s*[\"'](?!#)|<!entity",
    re.IGNORECASE,
)
LIBRARY_DIR = re.compile(r"^[A-Za-z0-9_.\-]+-\d+\.\d+$")
# What the database holds (H5PLibrary.machine_name, PositiveIntegerField on PostgreSQL).
MACHINE_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,127}$")
MAX_VERSION = 2**31 - 1
# File systems refuse longer names (255 bytes); buckets refuse keys over 1024 bytes.
MAX_NAME_PART_BYTES = 200
MAX_NAME_BYTES = 800


class PackageRejected(Exception):
    """An upload that must not be stored; ``message`` is one translated sentence (plain
    text, for logs and commands), ``html`` the same for the editor's form, with names
    isolated in ``<bdi>`` (bidi.py)."""

    def __init__(self, message, code: str, html=None):
        super().__init__(str(message))
        self.message = message
        self.code = code
        self.html = html if html is not None else message


MESSAGES = {
    "too_big": _("The file is larger than the %(limit)s MB allowed for an H5P package."),
    "empty": _("The file is empty."),
    "not_zip": _("This file is not an H5P package: it is not a ZIP archive."),
    "too_many_files": ngettext_lazy(
        "The package contains more than %(limit)s file.",
        "The package contains more than %(limit)s files.",
        "limit",
    ),
    "too_large": _("The package would expand to more than %(limit)s MB."),
    "file_too_large": _("The package contains a file larger than %(limit)s MB: %(name)s."),
    "ratio": _(
        "The package contains a file that is compressed suspiciously well (a possible zip "
        "bomb): %(name)s."
    ),
    "unsafe_path": _("The package contains a file with an unsafe path: %(name)s."),
    "symlink": _("The package contains a symbolic link, which is not allowed: %(name)s."),
    "forbidden_type": _("The package contains a file type that is not allowed: %(name)s."),
    "no_extension": _("The package contains a file without a file type: %(name)s."),
    "script_outside_library": _(
        "The package contains a script or stylesheet outside its libraries: %(name)s."
    ),
    "executable": _("The package contains an executable file: %(name)s."),
    "svg_script": _("The package contains an SVG image with active content: %(name)s."),
    "duplicate": _("The package contains the same file twice: %(name)s."),
    "stray_folder": _(
        "The package contains a folder that is neither its content nor a library: %(name)s."
    ),
    "missing_h5p_json": _("The package has no h5p.json file at its root."),
    "bad_json": _("The file %(name)s in the package is not valid JSON."),
    "too_deep": _("The file %(name)s in the package is nested too deeply to be read safely."),
    "bad_metadata": _("The package's h5p.json is missing required information (%(name)s)."),
    "missing_content": _("The package has no content/content.json file."),
    "bad_library": _("The library folder %(name)s in the package has an invalid library.json."),
    "external_media": _(
        "The package plays media from another website (%(name)s) at %(where)s. Basira does "
        "not load other websites in activities: it would tell them who learns and cost "
        "learners data. Put the file itself in the activity with the H5P editor (or remove "
        "the item and link to it in the lesson text), then export and upload it again."
    ),
    "missing_media": _("The package refers to a media file it does not contain: %(name)s."),
    "missing_library_file": _(
        "The library %(library)s in the package is incomplete: its file %(name)s is missing. "
        "Export the activity again from H5P, with its libraries."
    ),
    "missing_dependency": _(
        "The package needs the library %(name)s, which is neither in the package nor installed."
    ),
    "unreadable": _("The package could not be read safely."),
}


def reject(code: str, **params) -> PackageRejected:
    return PackageRejected(MESSAGES[code] % params if params else MESSAGES[code], code,
                           html=isolated(MESSAGES[code], params))


@dataclass(frozen=True, slots=True)
class Limits:
    max_upload_bytes: int
    max_total_bytes: int
    max_file_bytes: int
    max_files: int
    max_ratio: float

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            max_upload_bytes=app_settings.H5P_MAX_UPLOAD_BYTES,
            max_total_bytes=app_settings.H5P_MAX_TOTAL_BYTES,
            max_file_bytes=app_settings.H5P_MAX_FILE_BYTES,
            max_files=app_settings.H5P_MAX_FILES,
            max_ratio=app_settings.H5P_MAX_COMPRESSION_RATIO,
        )

    def for_pyh5p(self) -> PackageLimits:
        return PackageLimits(
            max_files=self.max_files,
            max_file_size=self.max_file_bytes,
            max_total_size=self.max_total_bytes,
            max_compression_ratio=self.max_ratio,
            allowed_extensions=ALLOWED_EXTENSIONS,
        )


@dataclass(frozen=True, slots=True)
class LibraryKey:
    machine_name: str
    major: int
    minor: int

    def __str__(self) -> str:
        return f"{self.machine_name} {self.major}.{self.minor}"

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major}.{self.minor}"


@dataclass(slots=True)
class PackagedLibrary:
    key: LibraryKey
    patch: int
    folder: str
    metadata: dict[str, Any]
    files: dict[str, bytes]  # relative to the library folder

    def file_hashes(self) -> dict[str, str]:
        return {name: hashlib.sha256(data).hexdigest() for name, data in self.files.items()}

    @property
    def digest(self) -> str:
        """Names and contents of every file: two libraries with equal digests are the same."""
        listing = "\n".join(f"{name} {sha}" for name, sha in sorted(self.file_hashes().items()))
        return hashlib.sha256(listing.encode()).hexdigest()


@dataclass(slots=True)
class ValidatedPackage:
    """What ingest stores: everything already checked, nothing written yet."""

    sha256: str
    size: int
    metadata: dict[str, Any]
    content: dict[str, Any]
    content_files: dict[str, bytes]  # "h5p.json", "content/content.json", "content/…"
    libraries: list[PackagedLibrary] = field(default_factory=list)
    dependencies: set[LibraryKey] = field(default_factory=set)

    @property
    def title(self) -> str:
        return str(self.metadata.get("title") or "")

    @property
    def main_library(self) -> str:
        return str(self.metadata.get("mainLibrary") or "")


def _extension(name: str) -> str:
    last = PurePosixPath(name).name
    return last.rsplit(".", 1)[1].lower() if "." in last else ""


def check_member_name(name: str, *, is_dir: bool) -> None:
    """Path rules pyh5p does not enforce itself (see STACK-NOTES); names storage could not
    write are refused here, not at store time (tests/quizzes/test_h5p_fuzz.py::
    test_names_storage_cannot_write_are_refused_before_storing)."""
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
        or any(ord(char) < 32 for char in name)
    ):
        raise reject("unsafe_path", name=name)
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise reject("unsafe_path", name=name)
    parts = name.rstrip("/").split("/") if is_dir else name.split("/")
    for part in parts:
        if part in ("", ".", "..") or len(part.encode("utf-8")) > MAX_NAME_PART_BYTES:
            raise reject("unsafe_path", name=name)
        if part != part.rstrip(". "):  # "x.php." and "x.php " are x.php on some systems
            raise reject("forbidden_type", name=name)
        if part.startswith("."):  # .htaccess, .user.ini and other hidden files
            raise reject("forbidden_type", name=name)
    if is_dir:
        return
    if any(piece in DANGEROUS_PARTS for piece in parts[-1].lower().split(".")[1:]):
        raise reject("forbidden_type", name=name)
    extension = _extension(name)
    if not extension:
        raise reject("no_extension", name=name)
    if extension not in ALLOWED_EXTENSIONS:
        raise reject("forbidden_type", name=name)
    top = parts[0]
    if extension in LIBRARY_ONLY_EXTENSIONS and (len(parts) == 1 or top == "content"):
        raise reject("script_outside_library", name=name)


def scan_central_directory(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Every check that needs only the central directory: nothing is inflated here.

    The compression-ratio check is Basira's own layer (pyh5p repeats it); guarded alone by
    tests/quizzes/test_h5p_fuzz.py::test_the_central_directory_ratio_limit_holds_on_its_own.
    """
    infos = archive.infolist()
    if len(infos) > limits.max_files:
        raise reject("too_many_files", limit=limits.max_files)
    total = 0
    seen: set[str] = set()
    # "content/a.png" and "content/a.png/b.png" cannot both be written to storage.
    folders = {name.rsplit("/", 1)[0] for name in archive.namelist() if "/" in name}
    for info in infos:
        name = info.filename
        is_dir = info.is_dir()
        check_member_name(name, is_dir=is_dir)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise reject("symlink", name=name)
        if name in seen:
            raise reject("duplicate", name=name)
        seen.add(name)
        if is_dir:
            continue
        if name in folders:
            raise reject("unsafe_path", name=name)
        if info.file_size > limits.max_file_bytes:
            raise reject("file_too_large", limit=limits.max_file_bytes // MB, name=name)
        if info.file_size / max(info.compress_size, 1) > limits.max_ratio:
            raise reject("ratio", name=name)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise reject("too_large", limit=limits.max_total_bytes // MB)


def _loads(data: bytes, name: str) -> Any:
    try:
        return safe_json.loads(data)
    except safe_json.UnsafeJSON as exc:
        raise reject("too_deep" if exc.too_deep else "bad_json", name=name) from exc


def check_json_members(archive: zipfile.ZipFile) -> None:
    """Parse every JSON file safely before pyh5p's ``json.loads`` (which recurses once per
    level and is not bounded) sees it. Guarded by
    tests/quizzes/test_h5p_fuzz.py::test_deeply_nested_json_is_refused_without_parsing."""
    for info in archive.infolist():
        name = info.filename
        if info.is_dir() or _extension(name) != "json":
            continue
        folder, _slash, rest = name.partition("/")
        try:
            _loads(archive.read(info), name)
        except PackageRejected as rejected:
            if rest == "library.json" and rejected.code == "bad_json":
                raise reject("bad_library", name=folder) from rejected
            raise


def _version(value: Any) -> int:
    """A library version the database can hold. Guarded by
    tests/quizzes/test_h5p_fuzz.py::test_versions_the_database_cannot_hold_are_refused."""
    if isinstance(value, bool):
        raise ValueError("a version is a number")
    number = int(value)
    if not 0 <= number <= MAX_VERSION:
        raise ValueError("version out of range")
    return number


def _library_key(entry: Any) -> LibraryKey:
    """Raises KeyError, TypeError or ValueError for anything but a valid dependency."""
    name = entry["machineName"]
    if not isinstance(name, str) or not MACHINE_NAME.match(name):
        raise ValueError("invalid machine name")
    return LibraryKey(name, _version(entry["majorVersion"]), _version(entry["minorVersion"]))


def _dependency_keys(entries: Any, where: str) -> set[LibraryKey]:
    if entries is None:
        return set()
    if not isinstance(entries, list):
        raise reject("bad_metadata", name=where)
    keys = set()
    for entry in entries:
        try:
            keys.add(_library_key(entry))
        except (KeyError, TypeError, ValueError) as exc:
            raise reject("bad_metadata", name=where) from exc
    return keys


def _check_bytes(name: str, data: bytes) -> None:
    if data.startswith(EXECUTABLE_MAGIC):
        raise reject("executable", name=name)
    if _extension(name) == "svg" and SVG_ACTIVE.search(data):
        raise reject("svg_script", name=name)


def _map_pyh5p_error(exc: H5PError) -> PackageRejected:
    text = str(exc)
    quoted = re.search(r"'([^']*)'", text)
    name = quoted.group(1) if quoted else ""
    if "symbolic link" in text:
        return reject("symlink", name=name)
    if "compression ratio" in text:
        return reject("ratio", name=name)
    if "unsafe archive member path" in text:
        return reject("unsafe_path", name=name)
    if "extension is not allowed" in text:
        return reject("forbidden_type", name=name)
    if "duplicate" in text:
        return reject("duplicate", name=name)
    if "more than" in text and "members" in text:
        return reject("too_many_files", limit=app_settings.H5P_MAX_FILES)
    if "expanded size" in text or "exceeds size" in text:
        return reject("too_large", limit=app_settings.H5P_MAX_TOTAL_BYTES // MB)
    if "missing root h5p.json" in text:
        return reject("missing_h5p_json")
    if "h5p.json" in text:
        return reject("bad_json", name="h5p.json")
    if "content/content.json" in text:
        return reject("bad_json", name="content/content.json")
    if "invalid library definition in" in text:
        return reject("bad_library", name=text.rsplit(" ", 1)[-1])
    # "invalid H5P ZIP archive": its central directory was fine, its data is not.
    return reject("unreadable")


def _unreadable(exc: Exception) -> PackageRejected:
    logger.warning("an H5P upload could not be parsed (%s)", type(exc).__name__, exc_info=exc)
    return reject("unreadable")


def validate_package(
    upload: BinaryIO, *, limits: Limits | None = None, installed: set[LibraryKey] | None = None
) -> ValidatedPackage:
    """Check an uploaded .h5p (a seekable binary file) and return what to store.

    ``installed`` is the set of libraries already stored (for dependencies the package
    does not bring). Raises PackageRejected with one translated sentence.
    """
    limits = limits or Limits.from_settings()
    upload.seek(0, 2)
    size = upload.tell()
    upload.seek(0)
    if size == 0:
        raise reject("empty")
    if size > limits.max_upload_bytes:
        raise reject("too_big", limit=limits.max_upload_bytes // MB)

    # 1. The central directory alone, then the JSON files (small, already bounded by it).
    # zipfile, zlib and pyh5p are parsers fed hostile bytes: whatever they raise at these two
    # boundaries (zlib.error, RuntimeError for an encrypted member, struct.error…) is a
    # rejection, logged for the developers, never a 500. Guarded by
    # tests/quizzes/test_h5p_fuzz.py::test_fuzzed_manifests_never_escape_as_errors.
    try:
        archive = zipfile.ZipFile(upload)
    except zipfile.BadZipFile as exc:
        raise reject("not_zip") from exc
    except Exception as exc:  # noqa: BLE001 - see above
        raise _unreadable(exc) from exc
    with archive:
        try:
            scan_central_directory(archive, limits)
            check_json_members(archive)
        except PackageRejected:
            raise
        except Exception as exc:  # noqa: BLE001 - see above
            raise _unreadable(exc) from exc

    # 2. Inflate with pyh5p under the same limits (it re-checks every member first).
    upload.seek(0)
    raw = upload.read()
    digest = hashlib.sha256(raw).hexdigest()
    try:
        package = read_package(raw, limits=limits.for_pyh5p())
    except H5PError as exc:
        raise _map_pyh5p_error(exc) from exc
    except Exception as exc:  # noqa: BLE001 - see above
        raise _unreadable(exc) from exc
    del raw
    return _check_structure(package, digest, size, installed or set())


def _check_structure(
    package: PyH5PPackage, digest: str, size: int, installed: set[LibraryKey]
) -> ValidatedPackage:
    files = package.files
    for name, data in files.items():
        _check_bytes(name, data)
    metadata = package.metadata
    for key in ("title", "mainLibrary", "preloadedDependencies"):
        if key not in metadata:
            raise reject("bad_metadata", name=key)
    if not isinstance(metadata["mainLibrary"], str) or not isinstance(metadata["title"], str):
        raise reject("bad_metadata", name="mainLibrary")
    if package.content is None:
        raise reject("missing_content")
    preloaded = _dependency_keys(metadata["preloadedDependencies"], "preloadedDependencies")
    if not any(dep.machine_name == metadata["mainLibrary"] for dep in preloaded):
        raise reject("bad_metadata", name="mainLibrary")

    # Libraries: every top-level folder other than content/ must be one.
    libraries: dict[LibraryKey, PackagedLibrary] = {}
    folders: dict[str, dict[str, bytes]] = {}
    content_files: dict[str, bytes] = {"h5p.json": files["h5p.json"]}
    for name, data in files.items():
        if name == "h5p.json":
            continue
        if name.startswith("content/"):
            content_files[name] = data
            continue
        if "/" not in name:
            continue  # stray top-level files (H5P_CONTENT_HERE.txt…) are not stored
        folder, rest = name.split("/", 1)
        folders.setdefault(folder, {})[rest] = data
    for folder, folder_files in sorted(folders.items()):
        if not LIBRARY_DIR.match(folder) or "library.json" not in folder_files:
            raise reject("stray_folder", name=folder)
        library_json = _loads(folder_files["library.json"], f"{folder}/library.json")
        try:
            key = _library_key(library_json)
            patch = _version(library_json.get("patchVersion", 0))
        except (KeyError, TypeError, ValueError) as exc:
            raise reject("bad_library", name=folder) from exc
        if key.folder != folder:
            raise reject("bad_library", name=folder)
        for rest, data in folder_files.items():
            if rest.endswith(".json"):
                _loads(data, f"{folder}/{rest}")
        _check_preloaded_files(library_json, folder, folder_files)
        libraries[key] = PackagedLibrary(key, patch, folder, library_json, folder_files)

    # Media referenced by the content must be packaged (and not on another website).
    for path, where in _media_paths(package.content):
        if re.match(r"^[a-z][a-z0-9+.-]*:", path, re.IGNORECASE):
            raise reject("external_media", name=_site_of(path), where=where)
        if path not in {n[len("content/"):] for n in content_files}:
            if "#tmp" in path:
                continue
            raise reject("missing_media", name=path)

    # Every dependency (of the content and of every packaged library) must be available.
    needed = set(preloaded)
    for library in libraries.values():
        needed |= _dependency_keys(
            library.metadata.get("preloadedDependencies"), f"{library.folder}/library.json"
        )
    available = set(libraries) | installed
    missing = sorted(str(dep) for dep in needed - available)
    if missing:
        raise reject("missing_dependency", name=missing[0])
    return ValidatedPackage(
        sha256=digest, size=size, metadata=metadata, content=package.content,
        content_files=content_files, libraries=list(libraries.values()), dependencies=needed,
    )


def _check_preloaded_files(library_json: dict, folder: str, files: dict[str, bytes]) -> None:
    """Every script and stylesheet a library preloads is in its folder, as H5P core checks
    (H5PValidator::isValidH5pData): the player would otherwise wait for a file that never
    comes. Guarded by
    tests/quizzes/test_h5p_library_versions.py::test_a_library_missing_a_preloaded_file_is_refused.
    """
    for key in ("preloadedJs", "preloadedCss"):
        entries = library_json.get(key) or []
        if not isinstance(entries, list):
            raise reject("bad_library", name=folder)
        for entry in entries:
            path = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(path, str) or not path:
                raise reject("bad_library", name=folder)
            if path not in files:
                raise reject("missing_library_file", library=folder, name=path)


def _media_paths(value: Any, where: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(path, where) of every media file the content names; ``where`` reads like
    ``chapters 2 › content 1 › sources 1 (H5P.Video 1.6)`` so an editor can find the item
    in the H5P editor. Guarded by
    tests/quizzes/test_h5p_external_media.py::test_a_youtube_video_is_refused_with_its_place.
    """
    found: list[tuple[str, str]] = []
    if isinstance(value, dict):
        library = value.get("library")
        if isinstance(library, str) and "params" in value:
            where = (*where, f"({library[:60]})")
        for key, item in value.items():
            if key == "path" and isinstance(item, str) and ("mime" in value or "copyright" in value
                                                            or "width" in value):
                found.append((item, _describe_place(where)))
            elif key != "params":
                found.extend(_media_paths(item, (*where, str(key)[:40])))
            else:
                found.extend(_media_paths(item, where))
    elif isinstance(value, list):
        for index, item in enumerate(value, start=1):
            found.extend(_media_paths(item, (*where[:-1], f"{where[-1]} {index}")
                                      if where else (str(index),)))
    return found


def _describe_place(where: tuple[str, ...]) -> str:
    libraries = [part for part in where if part.startswith("(")]
    fields: list[str] = []
    for part in where:  # Column's "content 2 › content" says the same thing twice
        if not part.startswith("(") and part != "type" and not (
            fields and fields[-1].split(" ")[0] == part
        ):
            fields.append(part)
    place = " › ".join(fields) or "content.json"
    return f"{place} {libraries[-1]}"[:300] if libraries else place[:300]


def _site_of(url: str) -> str:
    host = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#:]+)", url, re.IGNORECASE)
    return host.group(1)[:100] if host else url[:100]
