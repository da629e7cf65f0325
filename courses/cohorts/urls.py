"""URLs of the facilitator area and of joining; literacy/urls.py includes them under the
language prefix."""

from django.urls import path

from . import attendance, export_log, groups, team, views, worklist

app_name = "cohorts"

cohort = "facilitate/cohorts/<int:cohort_id>/"

urlpatterns = [
    path("facilitate/", views.home, name="home"),
    path("facilitate/cohorts/new/", views.cohort_create, name="create"),
    path(cohort, views.cohort_dashboard, name="dashboard"),
    path(cohort + "data.json", views.cohort_data, name="data"),
    path(cohort + "sections/", views.cohort_sections, name="sections"),
    path(cohort + "attention/", worklist.attention, name="attention"),
    path(cohort + "attention/<int:user_id>/follow-up/", worklist.follow_up,
         name="follow_up"),
    path(cohort + "attention/<int:user_id>/reopen/", worklist.reopen, name="reopen"),
    path(cohort + "selection/", worklist.bulk, name="bulk"),
    path(cohort + "groups/", groups.index, name="groups"),
    path(cohort + "groups/<int:group_id>/rename/", groups.group_rename, name="group_rename"),
    path(cohort + "groups/<int:group_id>/delete/", groups.group_delete, name="group_delete"),
    path(cohort + "qr.svg", views.cohort_qr, name="qr"),
    path(cohort + "code/", views.cohort_code, name="code"),
    path(cohort + "facilitators/<int:user_id>/remove/", views.facilitator_remove,
         name="facilitator_remove"),
    path(cohort + "facilitators/invite/", team.facilitator_invite, name="facilitator_invite"),
    path(cohort + "invitations/<int:invitation_id>/withdraw/", team.invitation_withdraw,
         name="invitation_withdraw"),
    path("facilitate/invitations/<int:invitation_id>/accept/", team.invitation_accept,
         name="invitation_accept"),
    path("facilitate/invitations/<int:invitation_id>/decline/", team.invitation_decline,
         name="invitation_decline"),
    path(cohort + "pacing/", views.cohort_pacing, name="pacing"),
    path(cohort + "boosters/", views.cohort_boosters, name="boosters"),
    path(cohort + "learners/<int:user_id>/", views.learner_detail, name="learner"),
    path(cohort + "learners/<int:user_id>/remove/", views.learner_remove,
         name="learner_remove"),
    path(cohort + "learners/<int:user_id>/move/", views.learner_move, name="learner_move"),
    path(cohort + "announcements/", views.announcements, name="announcements"),
    path(cohort + "attendance/", attendance.attendance, name="attendance"),
    path(cohort + "attendance/check-in/", attendance.attendance_check_in,
         name="attendance_check_in"),
    path(cohort + "live/", views.cohort_live, name="live"),
    path(cohort + "report/", views.cohort_report, name="report"),
    path(cohort + "report.xlsx", views.cohort_report, {"fmt": "xlsx"}, name="report_xlsx"),
    path("facilitate/exports/<str:kind>.<str:fmt>", views.export, name="export"),
    path("facilitate/exports/prepared/<str:result_id>/", views.export_prepared,
         name="export_prepared"),
    path("facilitate/exports/prepared/<str:result_id>/download", views.export_download,
         name="export_download"),
    path("facilitate/organisations/<int:organisation_id>/report/",
         views.organisation_report, name="organisation_report"),
    path("facilitate/organisations/<int:organisation_id>/report.xlsx",
         views.organisation_report, {"fmt": "xlsx"}, name="organisation_report_xlsx"),
    path("facilitate/organisations/<int:organisation_id>/exports/",
         export_log.export_log, name="export_log"),
    path("check-in/", attendance.check_in, name="check_in"),
    path("join/", views.join, name="join"),
    path("join/<str:code>/", views.invite, name="invite"),
]
