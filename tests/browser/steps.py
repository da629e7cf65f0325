"""Steps that several journeys walk the same way (in Arabic, as a learner clicks them)."""


def sign_out(visit) -> None:
    """Sign out from the header; the page says so."""
    page = visit.page
    page.get_by_role("button", name="تسجيل الخروج").click()
    page.wait_for_load_state()
    assert page.get_by_text("لقد سجّلت الخروج.").is_visible()
    visit.shot("signed-out")


def fill_account_recovery(visit, base: str, pseudonym: str, code: str, password: str) -> None:
    """From the login page's "forgot your password?", fill the recovery form with a code
    (the caller submits it, as its journey does: with or without JavaScript)."""
    page = visit.page
    page.goto(f"{base}/ar/accounts/login/")
    page.get_by_role("link", name="نسيت كلمة المرور؟").click()
    page.wait_for_load_state()
    page.fill("#id_username", pseudonym)
    page.fill("#id_code", code)
    page.fill("#id_new_password1", password)
    page.fill("#id_new_password2", password)


def sign_in_with_two_factor(visit, login_url: str, user, password: str) -> None:
    """Sign in with the password, set up the authenticator the site asks for and keep
    the recovery codes: what a facilitator or an editor does the first time."""
    page = visit.page
    page.goto(login_url)
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", password)
    page.locator("form:has(input[name=password]) [type=submit]").first.click()
    page.wait_for_url("**/security/two-factor/setup/**")
    assert page.locator("svg.qr-code").is_visible()
    visit.shot("two-factor-setup")
    confirm_two_factor_setup(page, user)


def confirm_two_factor_setup(page, user) -> None:
    """On the setup page: type the code the authenticator would show (computed, as the app
    would, from the key the page shows), then keep the recovery codes and go on."""
    import time
    from base64 import b32decode

    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    secret = page.locator("code.secret-key").inner_text().replace(" ", "")
    device = TOTPDevice(key=b32decode(secret + "=" * (-len(secret) % 8)).hex())
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    page.fill("input[name=code]", f"{totp.token():06d}")
    page.locator("form.security-form button[type=submit]").click()
    page.wait_for_url("**/recovery-codes/**")
    assert page.locator(".recovery-codes li").count() == 10
    page.get_by_role("link", name="حفظتُها").click()
    page.wait_for_load_state()
