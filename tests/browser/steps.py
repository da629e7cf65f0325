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
