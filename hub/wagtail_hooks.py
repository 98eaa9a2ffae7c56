"""Admin registrations: taxonomy snippets, the translation status report, the page cache hook."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import translation_status
from .admin_views import can_see_translation_status, translation_status_report
from .models import Country, Person, Theme
from .page_cache import mark_page_response

hooks.register("on_serve_page", mark_page_response)


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    menu_order = 100
    list_display = ["name", "iso_code", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "role"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (CountryViewSet, ThemeViewSet, PersonViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            translation_status_report,
            name="hub_translation_status",
        )
    ]


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
    template_name = "hub/admin/translation_status_panel.html"
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
