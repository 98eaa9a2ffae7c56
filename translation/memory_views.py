"""The memory page of one translation: for each segment, what memory filled in and what it
suggests, with a button to use a suggestion, and the glossary terms its English contains
with the translation they require. Reached from the translation status report
and the page's "more" menu; the translation editor shows strings filled from memory as
"Translated with Translation memory"."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from . import glossary, memory, productivity
from . import translation_status as ts
from .locale_permissions import locale_scope, user_may_edit
from .models import MemoryMatch
from .roles import EVERY_LOCALE, SUBMIT_TRANSLATION


def can_use_memory(user, locale):
    """Translators use the memory of their own language; moderators and superusers that of
    every language they translate into."""
    if not user.is_active:
        return False
    scope = locale_scope(user, SUBMIT_TRANSLATION)
    return scope is EVERY_LOCALE or locale.language_code in scope


def _checked_translation(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id
    )
    if not can_use_memory(request.user, translation.target_locale):
        raise PermissionDenied
    try:
        target = translation.get_target_instance()
    except Exception as error:  # the translated object was deleted or not created yet
        raise PermissionDenied from error
    if not user_may_edit(request.user, target):
        raise PermissionDenied
    return translation, target


def _rows(translation):
    locale = translation.target_locale
    segments = StringSegment.objects.filter(source_id=translation.source_id).select_related(
        "string", "context"
    )
    current = {
        (st.translation_of_id, st.context_id): st
        for st in StringTranslation.objects.filter(
            locale=locale, context__object_id=translation.source.object_id
        ).select_related("memory_match")
    }
    terms = glossary.terms_for(locale)
    rows = []
    for segment in segments.order_by("order"):
        existing = current.get((segment.string_id, segment.context_id))
        match = getattr(existing, "memory_match", None) if existing else None
        suggestions = []
        if existing is None:
            previous = memory.previous_translation(segment, locale)
            suggestions = ([previous] if previous else []) + memory.fuzzy_suggestions(
                segment.string, locale
            )
        rows.append(
            {
                "segment": segment,
                "translation": existing,
                "from_memory": match,
                "suggestions": suggestions,
                "glossary": glossary.terms_in(segment.string.data, terms),
            }
        )
    return rows


def translation_memory(request, translation_id):
    translation, target = _checked_translation(request, translation_id)
    if request.method == "POST":
        return _use_suggestion(request, translation)
    rows = _rows(translation)
    return render(
        request,
        "translation/admin/translation_memory.html",
        {
            "page_title": _("Translation memory"),
            "header_icon": "wagtail-localize-language",
            "translation": translation,
            "target": target,
            "rows": rows,
            "glossary": sorted(
                {term for row in rows for term in row["glossary"]},
                key=lambda term: term.english.casefold(),
            ),
        },
    )


def _use_suggestion(request, translation):
    """Save a suggestion as the segment's translation, marked as coming from memory until
    the translator edits it."""
    segment = get_object_or_404(
        StringSegment.objects.select_related("string"),
        pk=request.POST.get("segment"),
        source_id=translation.source_id,
    )
    text = request.POST.get("text", "").strip()
    if not text:
        return redirect(request.path)
    try:
        similarity = min(max(float(request.POST.get("similarity", "1")), 0.0), 1.0)
    except ValueError:
        similarity = 1.0
    with transaction.atomic():
        saved, _created = StringTranslation.objects.update_or_create(
            translation_of_id=segment.string_id,
            locale=translation.target_locale,
            context_id=segment.context_id,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": memory.MEMORY_TOOL,
                "last_translated_by": request.user,
                "has_error": False,
                "field_error": "",
            },
        )
        MemoryMatch.objects.update_or_create(
            string_translation=saved,
            defaults={"kind": MemoryMatch.FUZZY, "similarity": similarity},
        )
    messages.success(request, _("The suggestion was saved. Check it in the translation editor."))
    return redirect(request.path)


def translation_productivity(request):
    """Words per language this month: by hand, from memory, by machine, still to do. A
    translator sees their own language; ``?format=csv`` downloads the table."""
    from .admin_views import can_see_translation_status

    if not can_see_translation_status(request.user):
        raise PermissionDenied
    scope = locale_scope(request.user, SUBMIT_TRANSLATION)
    locales = [
        locale
        for locale in ts.target_locales()
        if scope is EVERY_LOCALE or locale.language_code in scope
    ]
    rows = productivity.words_by_language(locales)
    headers = [
        _("Language"),
        _("Words by hand"),
        _("Words from memory"),
        _("Words by machine"),
        _("Words to translate"),
    ]
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translation-productivity.csv"'
        writer = csv.writer(response)
        writer.writerow(["language_code", *productivity.COLUMNS])
        for row in rows:
            writer.writerow([row.locale.language_code, *row.words.values()])
        return response
    return render(
        request,
        "translation/admin/translation_productivity.html",
        {
            "page_title": _("Translation productivity"),
            "header_icon": "wagtail-localize-language",
            "headers": headers,
            "rows": rows,
            "month": productivity.month_start(),
        },
    )
