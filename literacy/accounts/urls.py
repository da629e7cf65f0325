from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("settings/", views.account_settings, name="settings"),
    path("my-data/", views.personal_data_page, name="personal_data"),
    path("my-data.json", views.personal_data_json, name="personal_data_json"),
    path("delete/", views.delete_account, name="delete"),
]
