"""Admin views of the hub: the translation status report."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import translation_status as ts
from .locale_permissions import locale_scope
from .roles import EVERY_LOCALE, SUBMIT_TRANSLATION

REPORT_PAGE_SIZE = 50


def can_see_translation_status(user):
    return user.is_active and (
        user.is_superuser or user.has_perm("wagtail_localize.submit_translation")
    )


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# Not Wagtail's ReportView: its filters are django-filter FilterSets over a queryset, and
# these rows are computed in Python from Wagtail's and wagtail-localize's tables.
def translation_status_report(request):
    """Every English page in every other language: up to date, out of date, not translated."""
    if not can_see_translation_status(request.user):
        raise PermissionDenied
    locales = ts.target_locales()
    sections = ts.sections()
    chosen_locale = next(
        (loc for loc in locales if loc.language_code == request.GET.get("locale")), None
    )
    chosen_status = (
        request.GET.get("status") if request.GET.get("status") in ts.STATUS_LABELS else None
    )
    chosen_section = _int_or_none(request.GET.get("section"))
    if chosen_section not in {section.pk for section in sections}:
        chosen_section = None

    all_rows = ts.page_statuses(
        locales=[chosen_locale] if chosen_locale else locales, section_id=chosen_section
    )
    counts = ts.counts_by_locale(all_rows)
    rows = [row for row in all_rows if chosen_status is None or row.status == chosen_status]
    page_obj = Paginator(rows, REPORT_PAGE_SIZE).get_page(request.GET.get("p"))
    section_titles = {section.pk: section.title for section in sections}
    allowed = _Allowed(request.user, page_obj.object_list)
    for row in page_obj.object_list:
        row.section_title = section_titles.get(row.section_id, "")
        row.actions = _actions(row, allowed)

    return render(
        request,
        "translation/admin/translation_status.html",
        {
            "page_title": _("Translation status"),
            "header_icon": "wagtail-localize-language",
            "locales": locales,
            "sections": sections,
            "statuses": ts.STATUS_LABELS,
            "chosen_locale": chosen_locale.language_code if chosen_locale else "",
            "chosen_status": chosen_status or "",
            "chosen_section": chosen_section,
            "counts": counts,
            "page_obj": page_obj,
            "total": len(rows),
        },
    )


class _Allowed:
    """What the user may do to the rows on one page of the report, in two queries: a
    Kazakh translator sees the actions for Kazakh only, and no link to edit a page they
    may not edit (the report used to offer links that ended on "permission denied")."""

    def __init__(self, user, rows):
        self.languages = locale_scope(user, SUBMIT_TRANSLATION)
        page_ids = {row.page_id for row in rows} | {
            row.translated_page_id for row in rows if row.translated_page_id
        }
        self.editable = set(
            PagePermissionPolicy()
            .instances_user_has_permission_for(user, "change")
            .filter(pk__in=page_ids)
            .values_list("pk", flat=True)
        )

    def translates(self, locale):
        return self.languages is EVERY_LOCALE or locale.language_code in self.languages


def _actions(row, allowed):
    """Links that move a row forward: translate it, sync it, or edit the translation."""
    actions = []
    translates = allowed.translates(row.locale)
    if translates and row.status == ts.NOT_TRANSLATED:
        actions.append(
            (
                _("Translate"),
                reverse("wagtail_localize:submit_page_translation", args=[row.page_id])
                + f"?select_locale={row.locale.language_code}",
            )
        )
    elif translates and row.status == ts.OUT_OF_DATE and row.source_id:
        actions.append(
            (_("Sync"), reverse("wagtail_localize:update_translations", args=[row.source_id]))
        )
    if translates and row.translation_id:
        memory = reverse("hub_translation_memory", args=[row.translation_id])
        actions.append((_("Translation memory"), memory))
    if row.translated_page_id in allowed.editable:
        actions.append(
            (
                _("Edit translation"),
                reverse("wagtailadmin_pages:edit", args=[row.translated_page_id]),
            )
        )
    if row.page_id in allowed.editable:
        actions.append(
            (_("Edit English page"), reverse("wagtailadmin_pages:edit", args=[row.page_id]))
        )
    return actions
