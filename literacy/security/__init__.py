"""Privacy and security for learners at risk: headers, two-factor authentication, login
throttling. Views that must only open after a second factor use ``staff_2fa_required``
(functions) or ``Staff2FARequiredMixin`` (class-based views)."""

from .decorators import Staff2FARequiredMixin, staff_2fa_required

__all__ = ["Staff2FARequiredMixin", "staff_2fa_required"]
