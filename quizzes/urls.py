from django.urls import path

from . import views
from .live import views as live

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/submit/", views.submit_view, name="submit"),
    path("<int:quiz_id>/start/", views.start_view, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
    path("live/", live.enter, name="live_enter"),
    path("live/<str:code>/", live.play, name="live_play"),
    path("live/<str:code>/present/", live.present, name="live_present"),
    path("live/<str:code>/state.json", live.state_json, name="live_state"),
    path("live/<str:code>/answer/", live.answer, name="live_answer"),
    path("live/<str:code>/control/", live.control, name="live_control"),
]
