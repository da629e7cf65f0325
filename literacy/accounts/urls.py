from django.urls import path

from ..security.shared_devices import clears_site_data
from . import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", clears_site_data(views.LogoutView.as_view()), name="logout"),
    path("signed-out/", views.signed_out, name="signed_out"),
    path("forget-device/", clears_site_data(views.forget_device), name="forget_device"),
    path("device-forgotten/", views.device_forgotten, name="device_forgotten"),
    path("app-name/", views.app_identity_choice, name="app_identity"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("settings/", views.account_settings, name="settings"),
    path("my-data/", views.personal_data_page, name="personal_data"),
    path("my-data.json", views.personal_data_json, name="personal_data_json"),
    path("delete/", views.delete_account, name="delete"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("recovery-codes.txt", views.recovery_codes_txt, name="recovery_codes_txt"),
    path("recovery-codes/new/", views.new_recovery_codes, name="new_recovery_codes"),
    path("recover/", views.recover, name="recover"),
    path("password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", views.PasswordResetDoneView.as_view(),
         name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(),
         name="password_reset_confirm"),
    path("password-reset/done/", views.PasswordResetCompleteView.as_view(),
         name="password_reset_complete"),
]
