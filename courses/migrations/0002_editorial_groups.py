from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def create_groups(apps, schema_editor):
    """Editors author, Moderators publish, Facilitators follow cohorts. Historical models
    only (the translated page columns do not exist yet at this point of `migrate`);
    courses.permissions.ensure_groups completes it from the seed command."""
    from django.contrib.auth.management import create_permissions

    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name in ("Editors", "Moderators", "Facilitators"):
        group, _ = Group.objects.get_or_create(name=name)
        if admin:
            group.permissions.add(admin)
        for action in ("add", "change", "delete"):
            if name == "Facilitators":
                break
            for model in ("topic", "glossaryterm"):
                perm = Permission.objects.filter(
                    content_type__app_label="courses", codename=f"{action}_{model}"
                ).first()
                if perm:
                    group.permissions.add(perm)
        for codename in PAGE_PERMISSIONS.get(name, []):
            perm = Permission.objects.filter(
                content_type__app_label="wagtailcore", codename=codename
            ).first()
            if perm and root:
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=perm)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
