"""setup_roles: the groups, their permissions and workflows, created once and kept."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from translation import roles

TRANSLATOR_GROUPS = [
    "Translators: Russian",
    "Translators: Kazakh",
    "Translators: Kyrgyz",
    "Translators: Tajik",
    "Translators: Turkmen",
    "Translators: Uzbek",
    "Translators: Azerbaijani",
]


def snapshot():
    """Everything setup_roles writes, in a comparable form."""
    return {
        "groups": sorted(
            (group.name, sorted(group.permissions.values_list("codename", flat=True)))
            for group in Group.objects.all()
        ),
        "page": sorted(
            GroupPagePermission.objects.values_list(
                "pk", "group__name", "page_id", "permission__codename"
            )
        ),
        "collection": sorted(
            GroupCollectionPermission.objects.values_list(
                "pk", "group__name", "collection_id", "permission__codename"
            )
        ),
        "workflows": sorted(Workflow.objects.values_list("pk", "name", "active")),
        "tasks": sorted(
            (task.pk, task.name, sorted(task.groups.values_list("name", flat=True)))
            for task in GroupApprovalTask.objects.all()
        ),
        "workflow_tasks": sorted(WorkflowTask.objects.values_list("workflow_id", "task_id")),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
    }


def test_creates_every_role_and_workflow(translated_home):
    roles.setup_roles(log=lambda message: None)

    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Editors",
        "Moderators",
        "Grants managers",
        "Academy managers",
        *TRANSLATOR_GROUPS,
    }
    assigned = dict(WorkflowPage.objects.values_list("page_id", "workflow__name"))
    assert assigned[translated_home["en"].pk] == "Moderation"
    assert assigned[translated_home["kk"].pk] == "Review: Kazakh"
    assert assigned[translated_home["az"].pk] == "Review: Azerbaijani"
    kazakh_review = Workflow.objects.get(name="Review: Kazakh").tasks.get().specific
    assert set(kazakh_review.groups.values_list("name", flat=True)) == {
        "Translators: Kazakh",
        "Moderators",
    }
    moderation = Workflow.objects.get(name="Moderation").tasks.get().specific
    assert list(moderation.groups.values_list("name", flat=True)) == ["Moderators"]


def test_a_second_run_changes_nothing(translated_home):
    first = roles.setup_roles(log=lambda message: None)
    before = snapshot()
    second = roles.setup_roles(log=lambda message: None)

    assert first > 0
    assert second == 0
    assert snapshot() == before


def test_command_reports_no_changes_on_the_second_run(translated_home, capsys):
    call_command("setup_roles")
    call_command("setup_roles")

    assert "nothing changed" in capsys.readouterr().out.splitlines()[-1]


def test_missing_home_pages_are_skipped_then_filled_in_on_a_later_run(home_page, locales):
    messages = []
    roles.setup_roles(log=messages.append)

    assert any("no Kazakh home page yet" in message for message in messages)
    kazakh = Group.objects.get(name="Translators: Kazakh")
    assert not GroupPagePermission.objects.filter(group=kazakh).exists()
    assert kazakh.permissions.filter(codename="submit_translation").exists()
    assert not Workflow.objects.filter(name="Review: Kazakh").exists()

    kazakh_home = home_page.copy_for_translation(locales["kk"])
    kazakh_home.save_revision().publish()
    roles.setup_roles(log=lambda message: None)

    assert set(
        GroupPagePermission.objects.filter(group=kazakh).values_list("page_id", flat=True)
    ) == {kazakh_home.pk}
    assert WorkflowPage.objects.get(page=kazakh_home).workflow.name == "Review: Kazakh"


def test_permissions_added_by_hand_are_put_back_to_the_definition(translated_home):
    roles.setup_roles(log=lambda message: None)
    editors = Group.objects.get(name="Editors")
    publish = GroupPagePermission.objects.filter(permission__codename="publish_page").first()
    GroupPagePermission.objects.create(
        group=editors, page=translated_home["ru"], permission=publish.permission
    )

    assert roles.setup_roles(log=lambda message: None) > 0
    assert not GroupPagePermission.objects.filter(
        group=editors, permission__codename="publish_page"
    ).exists()


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("ru", "Translators: Russian"),
        ("kk", "Translators: Kazakh"),
        ("az", "Translators: Azerbaijani"),
    ],
)
def test_translator_groups_are_named_by_language_in_english(code, name):
    assert roles.translator_group_name(code) == name
