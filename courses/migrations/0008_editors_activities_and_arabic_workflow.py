"""Editors and Moderators may add, change and choose quizzes and H5P activities (not
delete them: learners' attempts and results go with them), and the moderation workflow
created by earlier seeds gets its Arabic name (see courses.permissions)."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
ACTIVITIES = [("quizzes", "quiz"), ("quizzes", "h5ppackage")]
ACTIONS = ("add", "change", "view")
WORKFLOW_NAME = "موافقة المشرفين"
OLD_NAME = "Moderators approval"


def forwards(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # The quizzes permissions are otherwise only created after `migrate` ends.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(
        content_type__app_label="quizzes",
        codename__in=[f"{action}_{model}" for _app, model in ACTIVITIES for action in ACTIONS],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*perms)
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=OLD_NAME).update(
        name=WORKFLOW_NAME)
    apps.get_model("wagtailcore", "Task").objects.filter(name=OLD_NAME).update(
        name=WORKFLOW_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_searchtext_body"),
        ("quizzes", "0002_live_sessions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
