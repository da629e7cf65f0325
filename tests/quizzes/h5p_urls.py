"""The site's URLs plus one view that shows an H5P block on a given page.

Until courses' LessonStreamBlock has the "h5p" block, tests render the block the way a
lesson does: with the request and the page in its context.
"""

from django.http import HttpResponse
from django.templatetags.static import static
from django.urls import path
from wagtail.models import Page

from literacy.urls import urlpatterns as site_urlpatterns
from quizzes.blocks import H5PBlock


def activity(request, package_id, page_id):
    page = Page.objects.get(pk=page_id).specific
    block = H5PBlock()
    value = block.to_python({"package": package_id, "completes_lesson": True})
    body = block.render(value, context={"request": request, "page": page})
    return HttpResponse(
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<title>H5P</title><link rel="stylesheet" href="{static("literacy/css/basira.css")}">'
        f"</head><body><main>{body}</main></body></html>"
    )


urlpatterns = [path("test-h5p/<int:package_id>/<int:page_id>/", activity), *site_urlpatterns]
