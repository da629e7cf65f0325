"""Store a validated package: shared libraries once, content per package, one row each."""

from __future__ import annotations

import logging
import uuid

from django.db import transaction

from ..models import H5PLibrary, H5PPackage
from .library_versions import library_changes
from .staging import StagedPackage, move_tree, remove_tree, stage_package, write_file
from .storage import h5p_storage, library_path
from .validation import LibraryKey, ValidatedPackage, validate_package

logger = logging.getLogger("basira.h5p")


def installed_libraries() -> set[LibraryKey]:
    return {
        LibraryKey(name, major, minor)
        for name, major, minor in H5PLibrary.objects.values_list(
            "machine_name", "major_version", "minor_version"
        )
    }


def infer_max_score(validated: ValidatedPackage) -> int | None:
    """The maximum score of the content types whose scoring is known, else None."""
    content = validated.content
    main = validated.main_library
    # content.json is the uploader's: any field may be of any type.
    if main in ("H5P.TrueFalse", "H5P.BasiraCard"):
        return 1
    if main == "H5P.MultiChoice":
        answers = content.get("answers")
        behaviour = content.get("behaviour")
        if isinstance(behaviour, dict) and behaviour.get("singlePoint"):
            return 1
        answers = answers if isinstance(answers, list) else []
        return max(1, sum(1 for answer in answers if isinstance(answer, dict)
                          and answer.get("correct")))
    if main == "H5P.SingleChoiceSet":
        choices = content.get("choices")
        return (len(choices) or None) if isinstance(choices, list) else None
    return None


def store_package(
    *, validated: ValidatedPackage, instance: H5PPackage | None = None, uploaded_by=None,
    staged: StagedPackage | None = None, replace: frozenset[LibraryKey] = frozenset(),
) -> H5PPackage:
    """Move staged files into place and write rows; on any failure nothing stays behind.

    ``staged`` is what the admin form wrote while validating (so a full disk is a form
    error); without it the files are staged here. A library already stored is used as it
    is unless its key is in ``replace`` (the editor's choice, quizzes/h5p/library_versions.py):
    then the package's copy replaces it for every activity, unless it is an older patch.
    Guarded by tests/quizzes/test_h5p_library_versions.py::test_keep_changes_nothing.
    """
    storage = h5p_storage()
    staged = staged or stage_package(validated, replace=replace)
    package = instance or H5PPackage()
    written: list[str] = []  # files written directly (a library installed meanwhile)
    moved: list[str] = []  # folders moved into place
    replaced: list[str] = []
    previous_content = package.content_path if package.pk else None
    try:
        with transaction.atomic():
            if previous_content:
                package.uuid = uuid.uuid4()  # a new upload gets a new, unguessable folder
            if not package.title:
                package.title = validated.title[:255] or validated.main_library
            package.sha256 = validated.sha256
            package.file_size = validated.size
            package.main_library = validated.main_library
            package.metadata = validated.metadata
            if package.max_score is None:
                package.max_score = infer_max_score(validated)
            if uploaded_by is not None and getattr(uploaded_by, "pk", None):
                package.uploaded_by = uploaded_by
            package.save()
            move_tree(staged.content, package.content_path)
            moved.append(package.content_path)

            libraries = []
            for packaged in validated.libraries:
                key = packaged.key
                library = (
                    H5PLibrary.objects.select_for_update()
                    .filter(machine_name=key.machine_name, major_version=key.major,
                            minor_version=key.minor)
                    .first()
                )
                path = library_path(packaged.folder, packaged.patch, packaged.digest)
                if library is not None and (
                    key not in replace or library.patch_version > packaged.patch
                ):
                    libraries.append(library)
                    continue
                if path in staged.libraries:
                    move_tree(f"{staged.prefix}/{path}", path)
                    moved.append(path)
                else:  # removed since staging: written here, and removed on failure
                    for rest, data in packaged.files.items():
                        written.append(write_file(storage, f"{path}/{rest}", data))
                languages = sorted(
                    rest[len("language/"):-len(".json")] for rest in packaged.files
                    if rest.startswith("language/") and rest.endswith(".json")
                )
                if library is None:
                    library = H5PLibrary(machine_name=key.machine_name, major_version=key.major,
                                         minor_version=key.minor)
                elif library.storage_path != path:  # else a broken copy repaired in place
                    replaced.append(library.storage_path)
                library.patch_version = packaged.patch
                library.title = str(packaged.metadata.get("title", ""))[:255]
                library.metadata = packaged.metadata
                library.storage_path = path
                library.languages = languages
                library.save()
                libraries.append(library)
            needed = H5PLibrary.objects.none()
            for dep in validated.dependencies:
                needed = needed | H5PLibrary.objects.filter(
                    machine_name=dep.machine_name, major_version=dep.major,
                    minor_version=dep.minor)
            package.libraries.set({*libraries, *needed})
            if previous_content:
                old = previous_content
                transaction.on_commit(lambda: delete_tree(old))
            for old_path in replaced:
                transaction.on_commit(lambda path=old_path: delete_tree(path))
    except BaseException:
        _remove_after_failure(storage, written, moved)
        raise
    finally:
        remove_tree(staged.prefix)  # what was staged but not needed, or everything on failure
    return package


def _remove_after_failure(storage, written: list[str], moved: list[str]) -> None:
    for name in written:
        try:
            storage.delete(name)
        except Exception:  # noqa: BLE001 - best effort; the original error matters
            logger.exception("could not remove %s after a failed H5P ingest", name)
    try:  # the same library installed meanwhile by another upload keeps its files
        kept = set(H5PLibrary.objects.filter(storage_path__in=moved)
                   .values_list("storage_path", flat=True))
    except Exception:  # noqa: BLE001 - the database may be what failed
        kept = set()
    for prefix in moved:
        if prefix not in kept:
            remove_tree(prefix)


def ingest_package(
    *, upload, title: str = "", uploaded_by=None, replace: frozenset[LibraryKey] = frozenset()
) -> H5PPackage:
    """Validate then store an uploaded .h5p (used by the demo seeder and the benchmark);
    stored libraries are kept unless named in ``replace`` and different in the package."""
    validated = validate_package(upload, installed=installed_libraries())
    if replace:
        replace = replace & {change.key for change in library_changes(validated)}
    return store_package(
        validated=validated, instance=H5PPackage(title=title), uploaded_by=uploaded_by,
        replace=replace,
    )


def delete_tree(prefix: str) -> None:
    """Delete every file under a storage prefix (works for file systems and buckets)."""
    remove_tree(prefix)
