"""The admin's roles: who may write, publish, approve and translate, and where.

``setup_roles`` (the management command) turns the definitions below into Django groups,
Wagtail page and collection permissions and moderation workflows. It makes each group match
its definition exactly, so change a role here and run the command again rather than editing
the group in the admin. Pages that do not exist yet (a language's home page, a section) are
skipped with a message; running the command again after they appear fills them in.

Translators are limited to their language twice: their page permissions sit on that
language's home page, and ``locale_scope`` (translation/locale_permissions.py) narrows their
snippet permissions to the same language. They edit and publish there but
neither delete nor move pages: only moderators hold ``REMOVE_PAGES``
(translation/page_permissions.py).
https://docs.wagtail.org/en/stable/topics/permissions.html
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from translation.page_permissions import REMOVE_PAGES

EDITORS = "Editors"
MODERATORS = "Moderators"
GRANTS_MANAGERS = "Grants managers"
ACADEMY_MANAGERS = "Academy managers"
MODERATION_WORKFLOW = "Moderation"

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"

# Page permission sets, as Wagtail names them (wagtail.models.PAGE_PERMISSION_TYPES).
WRITE = ("add", "change", "lock")
PUBLISH = ("add", "change", "publish", "lock", "unlock")
MANAGE = (*PUBLISH, "bulk_delete")

# Collection permissions on the root collection: images and documents.
MEDIA_CHOOSE = ("wagtailimages.choose_image", "wagtaildocs.choose_document")
MEDIA_WRITE = (
    *MEDIA_CHOOSE,
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
)
MEDIA_MANAGE = (*MEDIA_WRITE, "wagtailimages.delete_image", "wagtaildocs.delete_document")

EVERY_LOCALE = None  # a role's ``languages`` when it works in every language

# Each language's glossary (translation.models.GlossaryTerm): kept by its translators (in
# their language only, through ``locale_scope``) and by moderators.
GLOSSARY = tuple(
    f"translation.{action}_glossaryterm" for action in ("add", "change", "delete", "view")
)


def language_name(code):
    """The language's English name ("Kazakh"), which names its translators' group."""
    return LANG_INFO.get(code, {}).get("name", code)


def translator_group_name(code):
    return f"Translators: {language_name(code)}"


def review_workflow_name(code):
    return f"Review: {language_name(code)}"


def target_language_codes():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translatable_snippet_permissions(*actions):
    """``app_label.action_model`` for every translatable snippet: the taxonomy and any
    translatable snippet a content app registers."""
    return tuple(
        f"{model._meta.app_label}.{action}_{model._meta.model_name}"
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        for action in actions
    )


def academy_manager_permissions():
    """Viewing (and so exporting) and deleting course registrations, as the academy's
    registrations admin defines them."""
    from academy.permissions import ACADEMY_MANAGER_PERMISSIONS

    return tuple(f"academy.{codename}" for codename in ACADEMY_MANAGER_PERMISSIONS)


def app_model_permissions(app_label):
    """Every permission of an app's non-page models (pages are governed by page permissions)."""
    try:
        config = apps.get_app_config(app_label)
    except LookupError:
        return ()
    return tuple(
        f"{app_label}.{action}_{model._meta.model_name}"
        for model in config.get_models()
        if not issubclass(model, Page)
        for action in model._meta.default_permissions
    )


@dataclass(frozen=True)
class Role:
    """One group: where it works and what it may do there.

    ``languages`` are the language codes whose trees (and translatable snippets) the group
    works in, or ``EVERY_LOCALE``. ``section`` limits its page permissions to one section
    page type ("grants.GrantsIndexPage") in those trees instead of the whole tree.
    """

    name: str
    languages: frozenset | None
    page_permissions: tuple
    permissions: Callable[[], tuple] = tuple
    collection_permissions: tuple = MEDIA_CHOOSE
    section: str | None = None


def roles():
    source = frozenset({settings.LANGUAGE_CODE})
    return [
        Role(
            EDITORS,
            source,
            WRITE,
            lambda: (ACCESS_ADMIN, *translatable_snippet_permissions("add", "change", "view")),
            MEDIA_WRITE,
        ),
        Role(
            MODERATORS,
            EVERY_LOCALE,
            MANAGE,
            lambda: (
                ACCESS_ADMIN,
                SUBMIT_TRANSLATION,
                REMOVE_PAGES,
                *GLOSSARY,
                *translatable_snippet_permissions("add", "change", "delete", "view"),
            ),
            MEDIA_MANAGE,
        ),
        Role(
            GRANTS_MANAGERS,
            EVERY_LOCALE,
            PUBLISH,
            lambda: (ACCESS_ADMIN, *app_model_permissions("grants")),
            MEDIA_WRITE,
            section="grants.GrantsIndexPage",
        ),
        Role(
            ACADEMY_MANAGERS,
            EVERY_LOCALE,
            PUBLISH,
            lambda: (ACCESS_ADMIN, *academy_manager_permissions()),
            MEDIA_WRITE,
            section="academy.CourseIndexPage",
        ),
        *(
            Role(
                translator_group_name(code),
                frozenset({code}),
                PUBLISH,
                lambda: (
                    ACCESS_ADMIN,
                    SUBMIT_TRANSLATION,
                    *GLOSSARY,
                    *translatable_snippet_permissions("change", "view"),
                ),
                MEDIA_CHOOSE,
            )
            for code in target_language_codes()
        ),
    ]


# setup_roles ----------------------------------------------------------------------------


class _Changes:
    """Counts what a run changed, and says it, so a second run can report "no changes"."""

    def __init__(self, log):
        self.log = log
        self.count = 0

    def __call__(self, message):
        self.count += 1
        self.log(message)


def _permission_index():
    """Every permission by "app_label.codename", read once per run."""
    return {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.select_related("content_type")
    }


def _permissions(names, index, log):
    """Permission objects for "app_label.codename" names; missing ones are reported."""
    found = []
    for name in dict.fromkeys(names):
        if name in index:
            found.append(index[name])
        else:
            log(f"  permission {name} does not exist (is its app installed?); skipped")
    return found


def home_pages():
    """Each language's home page, keyed by language code: the default site's root page and
    its translations (or aliases)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return {}
    return {
        page.locale.language_code: page
        for page in site.root_page.get_translations(inclusive=True).select_related("locale")
    }


def _pages_for(role, homes, log):
    """The pages a role's page permissions sit on, reporting what is missing."""
    codes = [settings.LANGUAGE_CODE, *target_language_codes()]
    if role.languages is not EVERY_LOCALE:
        codes = [code for code in codes if code in role.languages]
    section_model = None
    if role.section:
        try:
            section_model = apps.get_model(role.section)
        except LookupError:
            log(f"  {role.name}: page type {role.section} is not installed; no page permissions")
            return []
    pages = []
    for code in codes:
        home = homes.get(code)
        if home is None:
            log(
                f"  {role.name}: no {language_name(code)} home page yet; skipped "
                "(run setup_roles again once it exists)"
            )
        elif section_model is None:
            pages.append(home)
        else:
            sections = list(section_model.objects.descendant_of(home))
            if not sections:
                log(f"  {role.name}: no {role.section} in the {language_name(code)} tree yet")
            pages.extend(sections)
    return pages


def _sync_page_permissions(group, pages, actions, index, changed):
    permissions = [index[f"wagtailcore.{action}_page"] for action in actions]
    wanted = {(page.pk, permission.pk) for page in pages for permission in permissions}
    existing = {
        (row.page_id, row.permission_id): row
        for row in GroupPagePermission.objects.filter(group=group)
    }
    for key in existing.keys() - wanted:
        existing[key].delete()
        changed(f"  {group.name}: removed a page permission on page {key[0]}")
    missing = wanted - existing.keys()
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in missing
    )
    if missing:
        changed(f"  {group.name}: added {len(missing)} page permissions")


def _sync_collection_permissions(group, names, index, changed, log):
    root = Collection.get_first_root_node()
    wanted = {permission.pk for permission in _permissions(names, index, log)}
    rows = GroupCollectionPermission.objects.filter(group=group)
    stale = rows.exclude(collection=root, permission_id__in=wanted)
    if stale.exists():
        stale.delete()
        changed(f"  {group.name}: removed collection permissions")
    existing = set(rows.values_list("permission_id", flat=True))
    missing = wanted - existing
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(group=group, collection=root, permission_id=permission_id)
        for permission_id in missing
    )
    if missing:
        changed(f"  {group.name}: added {len(missing)} image and document permissions")


def _sync_role(role, homes, index, changed, log):
    group, created = Group.objects.get_or_create(name=role.name)
    if created:
        changed(f"Created group {role.name}")
    wanted = {permission.pk for permission in _permissions(role.permissions(), index, log)}
    if set(group.permissions.values_list("pk", flat=True)) != wanted:
        group.permissions.set(wanted)
        changed(f"  {role.name}: set {len(wanted)} model permissions")
    pages = _pages_for(role, homes, log)
    _sync_page_permissions(group, pages, role.page_permissions, index, changed)
    _sync_collection_permissions(group, role.collection_permissions, index, changed, log)
    return group


def _ensure_workflow(name, approvers, page, changed):
    """A workflow with one group approval task, assigned to ``page`` and its subtree."""
    task_name = f"{name}: approval"
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
        changed(f"Created task {task_name}")
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        changed(f"  reactivated task {task_name}")
    if set(task.groups.values_list("pk", flat=True)) != {group.pk for group in approvers}:
        task.groups.set(approvers)
        changed(f"  {task_name}: approved by {', '.join(group.name for group in approvers)}")
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        changed(f"Created workflow {name}")
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changed(f"  reactivated workflow {name}")
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(
            workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count()
        )
        changed(f"  {name}: added task {task_name}")
    assignment = WorkflowPage.objects.filter(page=page).first()
    if assignment is None or assignment.workflow_id != workflow.pk:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
        changed(f"  {name}: assigned to {page.title} ({page.locale.language_code})")


@transaction.atomic
def setup_roles(log=print):
    """Create or update every group, permission and workflow; return the number of changes."""
    changed = _Changes(log)
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    homes = home_pages()
    if not homes:
        log("No default site yet: groups get their model permissions only.")
    index = _permission_index()
    groups = {role.name: _sync_role(role, homes, index, changed, log) for role in roles()}

    moderators = groups[MODERATORS]
    source_home = homes.get(settings.LANGUAGE_CODE)
    if source_home is not None:
        _ensure_workflow(MODERATION_WORKFLOW, [moderators], source_home, changed)
    for code in target_language_codes():
        if code in homes:
            translators = groups[translator_group_name(code)]
            _ensure_workflow(
                review_workflow_name(code), [translators, moderators], homes[code], changed
            )
        else:
            log(f"No {language_name(code)} home page yet: its review workflow waits.")
    return changed.count
