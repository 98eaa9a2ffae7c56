"""The search report in the admin's Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import can_see_search_report, search_report


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/search/", search_report, name="search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_search_report(request.user)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Search report"), reverse("search_report"), icon_name="search", order=60
    )
