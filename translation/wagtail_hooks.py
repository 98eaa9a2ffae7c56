"""Admin registrations: the translation status report and its dashboard panel, the
glossary and its CSV page,
wagtail-localize's views limited to the translator's own languages, and the permission to
delete and move pages in the group editor."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import Translation

from translation.page_permissions import REMOVE_PAGES

from . import translation_status
from .admin_views import can_see_translation_status, translation_status_report
from .glossary_admin import (
    GlossaryPermissionPolicy,
    GlossaryViewSet,
    glossary_csv,
    glossary_csv_export,
)
from .locale_permissions import localize_urls
from .memory_views import can_use_memory, translation_memory, translation_productivity
from .models import GlossaryTerm

# The policy before the viewset that uses it (translation/glossary_admin.py).
register_permission_policy(GlossaryTerm, GlossaryPermissionPolicy(GlossaryTerm))
register_snippet(GlossaryViewSet)

# Registered ahead of wagtail-localize's own URLs, which these shadow with scoped views.
hooks.register("register_admin_urls", localize_urls, order=-1)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            translation_status_report,
            name="hub_translation_status",
        ),
        path(
            "translation-memory/<int:translation_id>/",
            translation_memory,
            name="hub_translation_memory",
        ),
        path(
            "reports/translation-productivity/",
            translation_productivity,
            name="hub_translation_productivity",
        ),
        path("glossary-csv/", glossary_csv, name="hub_glossary_csv"),
        path(
            "glossary-csv/<str:language_code>/",
            glossary_csv_export,
            name="hub_glossary_csv_export",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def translation_memory_button(page, user, next_url=None):
    """ "Translation memory" in a translated page's menu, for those who translate into its
    language."""
    if page.is_root() or not can_use_memory(user, page.locale):
        return
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).first()
    if translation:
        yield ListingButton(
            _("Translation memory"),
            reverse("hub_translation_memory", args=[translation.pk]),
            icon_name="wagtail-localize-language",
            priority=45,
        )


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("hub_translation_status"),
        icon_name="wagtail-localize-language",
        order=50,
    )


class TranslationStatusPanel(Component):
    """Each language's page counts by status, on the admin dashboard."""

    name = "translation_status"
    template_name = "translation/admin/translation_status_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        return {
            "counts": translation_status.counts_by_locale(translation_status.page_statuses()),
            "statuses": translation_status.STATUS_LABELS,
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if can_see_translation_status(request.user):
        panels.append(TranslationStatusPanel())


@hooks.register("register_permissions")
def register_page_removal_permission():
    """List the right to delete and move pages (translation/page_permissions.py) in the
    group editor, so that what setup_roles grants is visible there and kept when a group is
    saved."""
    app_label, codename = REMOVE_PAGES.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
