"""Editorial groups: Editors write, Moderators publish (through Wagtail's workflow),
Facilitators follow cohorts. Used by a data migration and by the demo seeder, and safe
to run again (it only adds what is missing)."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
FACILITATORS = "Facilitators"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
SNIPPETS = [("courses", "topic"), ("courses", "glossaryterm"), ("courses", "localresource")]
# Quizzes and H5P activities: editors upload, replace and choose them, but never delete
# one (a quiz's attempts and an activity's results go with it: learners' work;
# tests/courses/test_editor_activities.py::test_editor_cannot_delete_a_quiz_or_an_activity).
ACTIVITIES = [("quizzes", "quiz"), ("quizzes", "h5ppackage")]
ACTIVITY_ACTIONS = ("add", "change", "view")
# The moderation workflow and its task, named in the site's first language: Wagtail
# shows these names as they are stored (they are data, not translatable strings).
WORKFLOW_NAME = "موافقة المشرفين"
OLD_WORKFLOW_NAMES = ("Moderators approval",)
MEDIA = [("wagtailimages", "image"), ("wagtaildocs", "document")]


def _perm(app_label, codename):
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def ensure_groups() -> dict[str, Group]:
    groups = {name: Group.objects.get_or_create(name=name)[0]
              for name in (EDITORS, MODERATORS, FACILITATORS)}
    admin = _perm("wagtailadmin", "access_admin")
    root = Page.get_first_root_node()
    collection = Collection.get_first_root_node()
    for name in (EDITORS, MODERATORS):
        group = groups[name]
        if admin:
            group.permissions.add(admin)
        for app_label, model in SNIPPETS:
            for action in ("add", "change", "delete"):
                perm = _perm(app_label, f"{action}_{model}")
                if perm:
                    group.permissions.add(perm)
        for app_label, model in ACTIVITIES:
            for action in ACTIVITY_ACTIONS:
                perm = _perm(app_label, f"{action}_{model}")
                if perm:
                    group.permissions.add(perm)
        if root:
            for codename in PAGE_PERMISSIONS[name]:
                perm = _perm("wagtailcore", codename)
                if perm:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=root, permission=perm
                    )
        if collection:
            for app_label, model in MEDIA:
                for action in ("add", "change", "choose"):
                    perm = _perm(app_label, f"{action}_{model}")
                    if perm:
                        GroupCollectionPermission.objects.get_or_create(
                            group=group, collection=collection, permission=perm
                        )
    if admin:
        groups[FACILITATORS].permissions.add(admin)
    _ensure_workflow(groups[MODERATORS], root, Workflow, WorkflowPage)
    return groups


def _ensure_workflow(moderators, root, Workflow, WorkflowPage):
    """Moderation: Wagtail's own workflow, one approval task for the Moderators group."""
    if root is None:
        return
    names = (WORKFLOW_NAME, *OLD_WORKFLOW_NAMES)
    workflow = Workflow.objects.filter(name__in=names).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    task = GroupApprovalTask.objects.filter(name__in=names).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, active=True)
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(workflow=workflow, page=root)
    ContentType.objects.clear_cache()
