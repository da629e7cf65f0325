"""H5P routes; the site mounts them at /h5p/ (outside the language prefix)."""

from django.urls import path

from . import views

app_name = "quizzes_h5p"

urlpatterns = [
    # On the H5P origin only.
    path("p/<str:token>/", views.frame, name="frame"),
    path("p/<str:token>/c/<path:path>", views.content_file, name="content"),
    path("p/<str:token>/state/<str:data_type>/<str:sub_content_id>", views.state, name="state"),
    path("lib/", views.library_file, {"folder": "", "path": ""}, name="libraries"),
    path("lib/<str:folder>/<path:path>", views.library_file, name="library"),
    path("forget/", views.forget, name="forget"),
    # On the site's origin only.
    path("results/", views.results, name="results"),
    path("failures/", views.failure, name="failure"),
]
