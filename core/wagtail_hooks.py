"""Admin registrations: the taxonomy snippets (kept in their own language by the
locale-scoped permissions of ``translation``) and the page cache hook."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from translation.locale_permissions import (
    LocaleScopedPermissionPolicy,
    LocaleScopedSnippetViewSet,
)

from .models import Country, Person, Theme
from .page_cache import mark_page_response

# Policies must be registered before the viewsets that use them.
for _model in (Country, Theme, Person):
    register_permission_policy(_model, LocaleScopedPermissionPolicy(_model))

hooks.register("on_serve_page", mark_page_response)


class CountryViewSet(LocaleScopedSnippetViewSet):
    model = Country
    icon = "site"
    menu_order = 100
    list_display = ["name", "iso_code", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class ThemeViewSet(LocaleScopedSnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]


class PersonViewSet(LocaleScopedSnippetViewSet):
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
