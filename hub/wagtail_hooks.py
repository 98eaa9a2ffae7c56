"""Admin registrations for the shared taxonomy snippets, and the page cache hook."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
