from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/submit/", views.submit_view, name="submit"),
    path("<int:quiz_id>/start/", views.start_view, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
]
