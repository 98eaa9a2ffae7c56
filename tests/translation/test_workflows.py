"""Moderation of English pages and review of translations: who submits, who approves."""

import pytest

from home.models import StandardPage


def draft_under(parent, title):
    page = parent.add_child(instance=StandardPage(title=title, slug="draft", live=False))
    page.save_revision()
    return page


def approvers(page, users):
    """The users among ``users`` offered "Approve" on the page's current task."""
    task = page.current_workflow_task
    return {
        name
        for name, user in users.items()
        if "approve" in [action for action, _label, _modal in task.get_actions(page, user)]
    }


@pytest.fixture
def people(member_of):
    return {
        name: member_of(name)
        for name in (
            "Editors",
            "Moderators",
            "Grants managers",
            "Translators: Kazakh",
            "Translators: Russian",
        )
    }


def test_editors_submit_english_pages_and_only_moderators_approve(roles_set_up, people):
    page = draft_under(roles_set_up["en"], "Annual report")
    editor_permissions = page.permissions_for_user(people["Editors"])
    assert editor_permissions.can_submit_for_moderation()
    assert not editor_permissions.can_publish()
    assert page.get_workflow().name == "Moderation"

    page.get_workflow().start(page, people["Editors"])
    page.refresh_from_db()
    assert approvers(page, people) == {"Moderators"}

    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, people["Moderators"], "approve")
    page.refresh_from_db()
    assert page.live, "approving the only task publishes the page"


def test_kazakh_translations_are_reviewed_by_kazakh_translators_or_moderators(roles_set_up, people):
    page = draft_under(roles_set_up["kk"], "Жылдық есеп")
    assert page.get_workflow().name == "Review: Kazakh"

    page.get_workflow().start(page, people["Translators: Kazakh"])
    page.refresh_from_db()
    assert approvers(page, people) == {"Translators: Kazakh", "Moderators"}


def test_every_language_has_its_own_review(roles_set_up):
    assert {code: home.get_workflow().name for code, home in roles_set_up.items()} == {
        "en": "Moderation",
        "ru": "Review: Russian",
        "kk": "Review: Kazakh",
        "ky": "Review: Kyrgyz",
        "tg": "Review: Tajik",
        "tk": "Review: Turkmen",
        "uz": "Review: Uzbek",
        "az": "Review: Azerbaijani",
    }
