"""Deleting and moving pages take a permission of their own.

Wagtail lets anyone who may edit and publish a page delete it, and moving a page counts as
deleting it and adding it elsewhere (``PagePermissionTester.can_move``). Its page
permissions have no separate "delete", so translators, who must edit and publish in their
language, could also delete or move their language's pages. Here, deleting and moving
additionally need the model permission ``wagtailcore.delete_page`` (Django's "Can delete
page", otherwise unused by Wagtail), which translation/roles.py gives to moderators only.
Wagtail's page-tree rules still apply on top of it: the page must also be in a tree where
the user may edit it.

Every page type of the hub mixes in ``ModeratedRemovalMixin``: Wagtail asks the specific
page class for its permission tester (``Page.permissions_for_user``), and every delete and
move check (the views, bulk actions, menus and buttons) goes through that tester.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.permissions_for_user
"""

from wagtail.models import PagePermissionTester

REMOVE_PAGES = "wagtailcore.delete_page"


class ModeratedRemovalTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        return self.user.has_perm(REMOVE_PAGES) and super().can_delete(ignore_bulk=ignore_bulk)


class ModeratedRemovalMixin:
    """For page models: delete and move only with ``REMOVE_PAGES`` (see the module)."""

    def permissions_for_user(self, user):
        return ModeratedRemovalTester(user, self)
