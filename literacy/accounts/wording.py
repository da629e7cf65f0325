"""Django's and Wagtail's own strings that learners see, re-translated in our catalogue.

Arabic has one word per concept on Basira: «كلمة المرور» for password and «الاسم المستعار»
for the pseudonym (the account's username). Django's and Wagtail's Arabic catalogues mix
in «كلمة السر», «رمز المرور» and «اسم المستخدم», and they reach learners through the
sign-up, sign-in and password forms. Listing the msgids here puts them in literacy's
catalogue, which wins because ``literacy`` comes before ``wagtail.*`` and
``django.contrib.auth`` in ``INSTALLED_APPS``. Nothing imports this module. Guard:
tests/literacy/test_account_recovery.py::test_account_pages_say_password_and_pseudonym_one_way.
"""

from django.utils.translation import gettext_noop

OVERRIDDEN = (
    # django.contrib.auth
    gettext_noop("username"),
    gettext_noop("Please enter a correct %(username)s and password. Note that both fields "
                 "may be case-sensitive."),
    gettext_noop("Enter a valid username. This value may contain only letters, numbers, "
                 "and @/./+/-/_ characters."),
    gettext_noop("A user with that username already exists."),
    # wagtail.users and wagtail.admin
    gettext_noop("Username"),
    gettext_noop("Password"),
    gettext_noop("Password confirmation"),
    gettext_noop("The two password fields didn't match."),
    gettext_noop("Your username and password didn't match. Please try again."),
    gettext_noop("Your username (in case you've forgotten):"),
)
