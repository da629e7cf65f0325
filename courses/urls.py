from django.urls import path

from . import booster_views, views
from .documents import views as documents

app_name = "courses"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("search/", views.search, name="search"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("lessons/<int:lesson_id>/complete/", views.complete, name="complete"),
    path("certificates/<str:code>.pdf", views.certificate_pdf, name="certificate_pdf"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("courses/<int:course_id>/glossary/", views.glossary, name="glossary"),
    path("courses/<int:course_id>/workbook.pdf", documents.workbook, name="workbook"),
    path("courses/<int:course_id>/workbook-answers.pdf", documents.workbook_with_answers,
         name="workbook_answers"),
    path("courses/<int:course_id>/facilitator-pack.pdf", documents.facilitator_pack,
         name="facilitator_pack"),
    path("handouts/<slug:name>.pdf", documents.handout, name="handout"),
    path("boosters/<int:booster_id>/", booster_views.booster, name="booster"),
]
