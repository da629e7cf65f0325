"""A disk that fills up or turns read-only under a folder, for the storage-failure tests."""

import errno
import os
from pathlib import Path


class _FillsUp:
    """A file object that writes half of what it is given, then reports the disk full."""

    def __init__(self, real, code):
        self.real, self.code = real, code

    def write(self, data):
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise OSError(self.code, os.strerror(self.code))

    def close(self):
        self.real.close()


def _under(root: Path, path: str) -> bool:
    return str(path).startswith(str(root))


def fill_disk(monkeypatch, root: Path, *, code=errno.ENOSPC, after: int = 0) -> None:
    """Writes of files under ``root`` fail half-way with ``code``, once ``after`` succeeded."""
    real_fdopen = os.fdopen
    succeeded = [0]

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        if isinstance(fd, int) and _under(root, os.readlink(f"/proc/self/fd/{fd}")):
            if succeeded[0] >= after:
                return _FillsUp(handle, code)
            succeeded[0] += 1
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)


def make_read_only(monkeypatch, root: Path) -> None:
    """Creating a file or folder under ``root`` fails with EROFS."""
    real_open, real_mkdir = os.open, os.mkdir

    def refuse(real):
        def call(path, *args, **kwargs):
            if _under(root, os.fspath(path)):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), path)
            return real(path, *args, **kwargs)
        return call

    monkeypatch.setattr(os, "open", refuse(real_open))
    monkeypatch.setattr(os, "mkdir", refuse(real_mkdir))


def files_under(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file()) \
        if Path(root).exists() else []
