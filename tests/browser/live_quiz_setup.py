"""Data for the live-quiz browser test, built in the server's own database (run as a
script by the test: the server is a separate process). Prints JSON."""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "literacy.settings.dev")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from courses.models import Organisation  # noqa: E402
from literacy.demo import seed_home  # noqa: E402
from quizzes.demo import create_quiz  # noqa: E402
from tests.browser.cohort_live_setup import session_for  # noqa: E402
from tests.courses.builders import make_catalogue, make_course  # noqa: E402
from tests.courses.cohort_fixtures import make_cohort, make_facilitator  # noqa: E402
from tests.factories import UserFactory  # noqa: E402
from tests.quizzes.data import quiz_data  # noqa: E402
from tests.quizzes.live_helpers import live_questions  # noqa: E402

home, _ = seed_home()
course = make_course(make_catalogue(home), slug="live-quiz-course", modules=1, lessons=1)
organisation = Organisation.objects.create(name="منظمة الورشة")
facilitator = make_facilitator("mona", organisation)
learners = [UserFactory(username=name) for name in ("سلمى", "karim", "نادية")]
cohort = make_cohort(name="ورشة التحقق", organisation=organisation, facilitator=facilitator,
                     courses=[course], learners=learners,
                     starts_on=timezone.localdate(), ends_on=timezone.localdate())
single, _ordering, true_false, manipulative, _reliable = live_questions()
quiz = create_quiz("live-browser", quiz_data(
    key="live-browser", questions=[single, true_false, manipulative],
    title={"ar": "اختبار الورشة المباشر", "en": "Workshop live quiz"}, kind="practice",
    shuffle_options=False))
print(json.dumps({
    "cohort": cohort.pk, "quiz": quiz.pk,
    "facilitator_session": session_for(facilitator, verified=True),
    "learner_sessions": [session_for(user) for user in learners],
}))
