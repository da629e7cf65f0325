"""Guards for views that only open after a second factor (the facilitator area, exports).

    @staff_2fa_required
    def dashboard(request, ...): ...

    class CohortView(Staff2FARequiredMixin, View): ...

Anonymous users go to the login page; signed-in users without a verified second factor go
to the verify page (if they have an authenticator) or to set one up. The path rules of
``TwoFactorMiddleware`` do the same for whole URL prefixes.
"""

from functools import wraps


def staff_2fa_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # late: these load models, and the production settings import this package
        # (literacy.security.conf) before the app registry is ready.
        from django.contrib.auth.views import redirect_to_login

        from .middleware import redirect_to
        from .twofactor import has_two_factor, is_verified

        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_verified(user):
            return redirect_to("verify" if has_two_factor(user) else "setup", request)
        return view(request, *args, **kwargs)

    return wrapper


class Staff2FARequiredMixin:
    """The class-based form of ``staff_2fa_required``; put it first among the bases."""

    @classmethod
    def as_view(cls, **initkwargs):
        return staff_2fa_required(super().as_view(**initkwargs))
