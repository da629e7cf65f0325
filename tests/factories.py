"""factory_boy factories shared by the test suite."""

import factory
from django.contrib.auth import get_user_model

DEFAULT_PASSWORD = "correct horse battery staple"  # noqa: S105


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"learner{n}")
    email = ""
    password = factory.django.Password(DEFAULT_PASSWORD)
