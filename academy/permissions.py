"""Who may do what with registrations: academy managers read, export and delete them.

Registrations come only from the public form, so nobody (superusers included) adds or
edits them in the admin; the permission to view them is Django's standard
``academy.view_courseregistration``.
"""

from wagtail.permission_policies import ModelPermissionPolicy

VIEW_REGISTRATIONS = "academy.view_courseregistration"
ACADEMY_MANAGER_PERMISSIONS = ["view_courseregistration", "delete_courseregistration"]
ACADEMY_MANAGERS_GROUP = "Academy managers"


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    READ_ONLY_ACTIONS = {"add", "change"}

    def user_has_permission(self, user, action):
        return action not in self.READ_ONLY_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.READ_ONLY_ACTIONS]
        return super().users_with_any_permission(allowed)
