"""What an upload would change in the libraries already stored, for the editor to decide.

A library is stored once per ``machineName major.minor`` and shared by every activity that
uses it, so replacing its files changes activities the editor may not be looking at. H5P
core silently keeps the stored files for the same version and installs a higher patch for
everyone; here neither happens without the editor seeing what changes and which activities
use the library. A package bringing a library identical to the stored one, or an older patch
of it, changes nothing and asks nothing; one that changes a library no other activity uses
replaces it without asking (nobody else is affected).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import H5PLibrary, H5PPackage
from .bidi import isolated
from .staging import files_under
from .storage import h5p_storage
from .validation import LibraryKey, PackagedLibrary, ValidatedPackage

KEEP = "keep"
REPLACE = "replace"
NAMES_SHOWN = 5


@dataclass(slots=True)
class LibraryChange:
    """One stored library the package would replace, with what differs."""

    stored: H5PLibrary
    packaged: PackagedLibrary
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # preloaded files the stored copy lacks
    activities: list[str] = field(default_factory=list)  # titles of the activities using it

    @property
    def key(self) -> LibraryKey:
        return self.packaged.key

    @property
    def is_newer(self) -> bool:
        return self.packaged.patch > self.stored.patch_version

    def describe(self) -> str:
        """One translated paragraph (HTML: library, file and activity names escaped in
        ``<bdi>``, bidi.py): the versions, the files, the activities."""
        names = {"library": str(self.key), "stored": self.stored.patch_version,
                 "patch": self.packaged.patch}
        if self.is_newer:
            head = isolated(_("%(library)s: the package brings patch %(patch)s, patch "
                              "%(stored)s is stored."), names)
        else:
            head = isolated(_("%(library)s: the package brings the same version (patch "
                              "%(patch)s) with different files."), names)
        parts = [head]
        for files, sentence in (
            (self.changed, lambda n: ngettext("%(count)s file changed (%(names)s).",
                                              "%(count)s files changed (%(names)s).", n)),
            (self.added, lambda n: ngettext("%(count)s file added (%(names)s).",
                                            "%(count)s files added (%(names)s).", n)),
            (self.removed, lambda n: ngettext("%(count)s file removed (%(names)s).",
                                              "%(count)s files removed (%(names)s).", n)),
        ):
            if files:
                parts.append(isolated(sentence(len(files)),
                                      {"count": len(files), "names": _names(files)}))
        if self.missing:
            parts.append(isolated(_("The stored copy is incomplete: %(names)s missing."),
                                  {"names": _names(self.missing)}))
        if self.activities:
            parts.append(isolated(ngettext(
                "Used by %(count)s activity: %(names)s.",
                "Used by %(count)s activities: %(names)s.", len(self.activities),
            ), {"count": len(self.activities), "names": _names(self.activities)}))
        else:
            parts.append(conditional_escape(_("No other activity uses it.")))
        return mark_safe(" ".join(parts))  # noqa: S308 - every part escaped


def _names(items: list[str]) -> str:
    """Each name isolated on its own (an Arabic title beside a Latin one), escaped."""
    shown = format_html_join(", ", "<bdi>{}</bdi>", ((item,) for item in items[:NAMES_SHOWN]))
    return shown if len(items) <= NAMES_SHOWN else format_html("{}, …", shown)


def stored_file_hashes(library: H5PLibrary) -> dict[str, str]:
    storage = h5p_storage()
    hashes = {}
    for name in files_under(storage, library.storage_path):
        with storage.open(f"{library.storage_path}/{name}", "rb") as handle:
            hashes[name] = hashlib.sha256(handle.read()).hexdigest()
    return hashes


def _preloaded(metadata: dict) -> list[str]:
    paths = []
    for key in ("preloadedJs", "preloadedCss"):
        for entry in metadata.get(key) or []:
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                paths.append(entry["path"])
    return paths


def library_changes(
    validated: ValidatedPackage, *, package: H5PPackage | None = None
) -> list[LibraryChange]:
    """The stored libraries this package would change if the editor chose to replace them.

    ``package`` is the activity being edited: it is not listed among those affected.
    """
    keys = {(p.key.machine_name, p.key.major, p.key.minor): p for p in validated.libraries}
    if not keys:
        return []
    stored = [
        library for library in H5PLibrary.objects.filter(
            machine_name__in={name for name, _major, _minor in keys})
        if (library.machine_name, library.major_version, library.minor_version) in keys
    ]
    changes = []
    for library in stored:
        packaged = keys[(library.machine_name, library.major_version, library.minor_version)]
        if packaged.patch < library.patch_version:
            continue  # an older copy never replaces a newer one
        theirs, ours = stored_file_hashes(library), packaged.file_hashes()
        if packaged.patch == library.patch_version and theirs == ours:
            continue
        others = library.packages.order_by("title")
        if package is not None and package.pk:
            others = others.exclude(pk=package.pk)
        changes.append(LibraryChange(
            stored=library, packaged=packaged,
            added=sorted(set(ours) - set(theirs)),
            removed=sorted(set(theirs) - set(ours)),
            changed=sorted(name for name in set(ours) & set(theirs) if ours[name] != theirs[name]),
            missing=[path for path in _preloaded(library.metadata) if path not in theirs],
            activities=[str(title) for title in others.values_list("title", flat=True)],
        ))
    return sorted(changes, key=lambda change: str(change.key))


CHOICE_LABELS = {
    KEEP: _("Keep the stored libraries (this activity uses them as they are)"),
    REPLACE: _("Replace them with the package's libraries (every activity listed uses them)"),
}
DECISION_NEEDED = format_lazy(
    "{} {}",
    _("This package contains libraries that differ from the stored ones."),
    _("Choose below whether to keep or replace them, then save again: the file is kept, "
      "you need not choose it again."),
)
