from django.db import migrations


def create_groups(apps, schema_editor):
    # Uses the live models through courses.permissions (idempotent); the permissions
    # themselves are created by post_migrate, so this also runs from the seed command.
    from django.contrib.auth.management import create_permissions
    from django.apps import apps as global_apps

    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0)
    from courses.permissions import ensure_groups

    ensure_groups()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0001_initial"),
        ("wagtailimages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
