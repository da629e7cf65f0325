"""Certificate PDFs rendered by the background worker, ready before the learner asks.

Rendering takes about half a second of a web thread (WeasyPrint). When the site has a
worker (literacy/background.py), the certificate issued at a course's completion is
rendered there right away, into the prepared-files folder, and the download serves that
file; without one (or once the file is gone) the download renders as before. A prepared
PDF lives LITERACY_PREPARED_FILES_HOURS (a later change of the course's title shows from
then on) and goes at once when the certificate is withdrawn (account deletion:
personal_data.withdraw_certificates).
"""

from pathlib import Path

from django.db import transaction
from django.utils.translation import get_language
from django_tasks import task

from literacy.background import prepared_root, runs_later

from .certificates import certificate_languages, render_pdf
from .models import Certificate


def profile_language(user) -> str:
    """The learner's chosen interface language, else the one active now."""
    profile = getattr(user, "basira_profile", None)
    return getattr(profile, "language", None) or get_language()


def _path(code: str, preferred_language: str | None) -> Path:
    languages = "-".join(certificate_languages(preferred_language))
    return prepared_root() / "certificates" / f"{code}-{languages}.pdf"


@task()
def prepare_certificate_pdf(*, certificate_id: int, preferred_language: str | None) -> str:
    certificate = Certificate.objects.select_related("course").filter(
        pk=certificate_id, withdrawn_at__isnull=True).first()
    if certificate is None:
        return "withdrawn"
    path = _path(certificate.code, preferred_language)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_bytes(render_pdf(certificate, preferred_language))
    partial.replace(path)  # whole or not at all
    return "prepared"


def prepare_when_issued(*, certificate, user) -> None:
    """Queue the PDF once the certificate's transaction commits (only with a worker:
    rendering inside the completing request would make it slower, not faster)."""
    if runs_later():
        language = profile_language(user)
        transaction.on_commit(lambda: prepare_certificate_pdf.enqueue(
            certificate_id=certificate.pk, preferred_language=language))


def certificate_pdf(certificate, preferred_language: str | None) -> bytes:
    """The prepared PDF when the worker made it, else rendered now."""
    try:
        return _path(certificate.code, preferred_language).read_bytes()
    except FileNotFoundError:
        return render_pdf(certificate, preferred_language)


def remove_prepared(codes) -> None:
    """Erasure reaches the rendered files too. Guarded by tests/courses/
    test_certificate_worker.py::test_the_worker_renders_the_certificate_the_download_then_serves."""
    folder = prepared_root() / "certificates"
    for code in codes:
        for path in folder.glob(f"{code}-*.pdf"):
            path.unlink(missing_ok=True)
