"""The glossary in the admin: a snippet whose every view, the listing included, keeps to
the user's languages, and the page that imports and exports a language's glossary as CSV.

A translator holds the glossary permissions through their language's group, so
``locale_scope`` limits them to that language; moderators keep every language.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets import Button
from wagtail.models import Locale
from wagtail.snippets.views import snippets as snippet_views

from . import glossary
from .locale_permissions import (
    LocaleScopedPermissionPolicy,
    LocaleScopedSnippetViewSet,
    locale_scope,
)
from .models import GlossaryTerm
from .roles import EVERY_LOCALE


def glossary_permission(action):
    return f"translation.{action}_glossaryterm"


def glossary_locales(user, *actions):
    """The target locales in which ``user`` may do every one of ``actions`` to glossary
    terms."""
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("pk")
    for action in actions:
        if not user.has_perm(glossary_permission(action)):
            return Locale.objects.none()
        scope = locale_scope(user, glossary_permission(action))
        if scope is not EVERY_LOCALE:
            locales = locales.filter(language_code__in=scope)
    return locales


class GlossaryPermissionPolicy(LocaleScopedPermissionPolicy):
    """Translators do not even see another language's glossary."""

    scoped_actions = {"add", "change", "delete", "view"}


class GlossaryTermForm(WagtailAdminModelForm):
    """Offers only the languages the user may add terms in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "locale" in self.fields:
            self.fields["locale"].queryset = glossary_locales(self.for_user, "add")


class GlossaryIndexView(snippet_views.IndexView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if glossary_locales(self.request.user, "view").exists():
            buttons.append(
                Button(
                    _("Import or export CSV"),
                    url=reverse("hub_glossary_csv"),
                    icon_name="download",
                    priority=90,
                )
            )
        return buttons


class GlossaryViewSet(LocaleScopedSnippetViewSet):
    model = GlossaryTerm
    icon = "wagtail-localize-language"
    menu_label = gettext_lazy("Glossary")
    menu_order = 300
    add_to_admin_menu = True
    index_view_class = GlossaryIndexView
    edit_handler = ObjectList(
        [FieldPanel("locale"), FieldPanel("english"), FieldPanel("translation")],
        base_form_class=GlossaryTermForm,
    )
    list_display = ["english", "translation", "locale", "updated_at"]
    list_filter = ["locale"]
    search_fields = ["english", "translation"]
    ordering = ["english"]

    def get_queryset(self, request):
        return GlossaryPermissionPolicy(GlossaryTerm).instances_user_has_any_permission_for(
            request.user, ["view", "change"]
        )


class GlossaryImportForm(forms.Form):
    locale = forms.ModelChoiceField(queryset=Locale.objects.none(), label=gettext_lazy("Language"))
    file = forms.FileField(label=gettext_lazy("CSV file"))
    replace = forms.BooleanField(
        required=False,
        label=gettext_lazy("Remove the terms the file does not have"),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].queryset = glossary_locales(user, "add", "change")


def glossary_csv(request):
    """Import a CSV file into a language's glossary (all or nothing), and the export links."""
    readable = glossary_locales(request.user, "view")
    if not readable.exists():
        raise PermissionDenied
    form = GlossaryImportForm(request.user, request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        locale, replace = form.cleaned_data["locale"], form.cleaned_data["replace"]
        if replace and not glossary_locales(request.user, "delete").filter(pk=locale.pk):
            raise PermissionDenied
        try:
            result = glossary.import_csv(locale, form.cleaned_data["file"].read(), replace)
        except glossary.GlossaryImportError as error:
            errors = error.errors
        else:
            messages.success(
                request,
                _("Glossary imported: %(added)s added, %(changed)s changed, %(removed)s removed.")
                % {"added": result.added, "changed": result.changed, "removed": result.removed},
            )
            return redirect("hub_glossary_csv")
    return render(
        request,
        "translation/admin/glossary_csv.html",
        {
            "page_title": _("Glossary: CSV"),
            "header_icon": "wagtail-localize-language",
            "form": form,
            "errors": errors,
            "locales": readable,
            "columns": glossary.COLUMNS,
        },
    )


def glossary_csv_export(request, language_code):
    locale = glossary_locales(request.user, "view").filter(language_code=language_code).first()
    if locale is None:
        raise PermissionDenied
    response = HttpResponse(glossary.export_csv(locale), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="glossary-{language_code}.csv"'
    return response
