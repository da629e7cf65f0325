"""Data for the live-dashboard browser test, built in the server's own database (run as a
script by the test: the server is a separate process). Prints JSON."""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "literacy.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.utils import timezone  # noqa: E402

from courses.models import LessonPage  # noqa: E402
from literacy.demo import seed_home  # noqa: E402
from tests.courses.builders import make_catalogue, make_course  # noqa: E402
from tests.courses.cohort_fixtures import make_cohort, make_facilitator  # noqa: E402


def session_for(user, verified=False) -> str:
    import django_otp
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    session = SessionStore()
    if verified:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        session[django_otp.DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


home, _ = seed_home()
course = make_course(make_catalogue(home), slug="live-course", modules=2, lessons=2)
from courses.models import Organisation  # noqa: E402

organisation = Organisation.objects.create(name="منظمة الاختبار")
facilitator = make_facilitator("mona", organisation)
already = get_user_model().objects.create(username="early-bird")
cohort = make_cohort(name="مجموعة مباشرة", organisation=organisation, facilitator=facilitator,
                     courses=[course], learners=[already],
                     starts_on=timezone.localdate(), ends_on=timezone.localdate())
from courses.cohorts import selection  # noqa: E402

group = selection.move_to_group(cohort=cohort, user_ids=[already.pk], new_name="الصباح")
learner = get_user_model().objects.create(username="newcomer")
# A join storm (test_cohort_live.py::test_a_join_storm_fetches_no_whole_page).
storm_users = [get_user_model().objects.create(username=f"storm-{i:02d}") for i in range(20)]
storm = [session_for(user) for user in storm_users]
lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
print(json.dumps({
    "cohort": cohort.pk, "code": cohort.join_code, "group": group.pk, "learner": learner.pk,
    "lesson_url": lesson.get_url(), "lesson": lesson.pk,
    "facilitator_session": session_for(facilitator, verified=True), "learner_session": session_for(learner), "storm_sessions": storm,
    "storm_ids": [user.pk for user in storm_users],
}))
