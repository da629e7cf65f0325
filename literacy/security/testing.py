"""For tests (this project's and the plugins'): a signed-in session that passed 2FA.

    from literacy.security.testing import login_verified
    login_verified(client, user)   # then client.get("/admin/") is 200 for an editor
"""

import django_otp
from django_otp.plugins.otp_totp.models import TOTPDevice


def login_verified(client, user) -> TOTPDevice:
    """``client.force_login(user)`` plus a confirmed authenticator verified in the session."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    client.force_login(user)
    session = client.session
    session[django_otp.DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
