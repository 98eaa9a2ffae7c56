"""The grants import in the admin menu, for people who manage grants."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .import_views import can_import_grants, import_grants, review_import


@hooks.register("register_admin_urls")
def register_grants_import_urls():
    return [
        path("grants/import/", import_grants, name="grants_import"),
        path("grants/import/<str:token>/", review_import, name="grants_import_review"),
    ]


class GrantsImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import_grants(request.user)


@hooks.register("register_admin_menu_item")
def register_grants_import_menu_item():
    return GrantsImportMenuItem(
        _("Import grants"), reverse("grants_import"), icon_name="upload", order=250
    )
