from django.urls import path

from . import views

app_name = "security"

urlpatterns = [
    path("two-factor/", views.manage, name="manage"),
    path("two-factor/setup/", views.setup, name="setup"),
    path("two-factor/verify/", views.verify, name="verify"),
    path("two-factor/recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("two-factor/recovery-codes/new/", views.regenerate_codes, name="regenerate_codes"),
    path("two-factor/disable/", views.disable, name="disable"),
]
