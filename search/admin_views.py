"""The editors' search report: what visitors look for, and what they look for in vain.

Beside, not instead of, wagtail.contrib.search_promotions' "Search terms" report: that one
counts all terms, this one adds the searches that found nothing, per language.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from .models import QueryWithoutResults

PERIODS = (7, 30, 90, 365)
DEFAULT_PERIOD = 30
ROWS = 50


def can_see_search_report(user):
    """Superusers, people who manage promoted results, and holders of the report's own
    permission (``search.view_querywithoutresults``)."""
    return user.is_active and (
        user.is_superuser
        or user.has_perm("search.view_querywithoutresults")
        or user.has_perm("wagtailsearchpromotions.add_searchpromotion")
        or user.has_perm("wagtailsearchpromotions.change_searchpromotion")
    )


def _period(raw):
    try:
        days = int(raw)
    except (TypeError, ValueError):
        return DEFAULT_PERIOD
    return days if days in PERIODS else DEFAULT_PERIOD


def popular_queries(since):
    return (
        Query.objects.filter(daily_hits__date__gte=since)
        .annotate(
            searches=Sum("daily_hits__hits"),
            promoted=Exists(SearchPromotion.objects.filter(query=OuterRef("pk"))),
        )
        .order_by("-searches", "query_string")[:ROWS]
    )


def queries_without_results(since, language_code=None):
    rows = QueryWithoutResults.objects.filter(date__gte=since)
    if language_code:
        rows = rows.filter(language_code=language_code)
    return (
        rows.values("query_string", "language_code")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query_string")[:ROWS]
    )


def search_report(request):
    if not can_see_search_report(request.user):
        raise PermissionDenied
    days = _period(request.GET.get("days"))
    languages = dict(settings.LANGUAGES)
    language_code = request.GET.get("language") if request.GET.get("language") in languages else ""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    missing = list(queries_without_results(since, language_code))
    for row in missing:
        row["language"] = languages.get(row["language_code"], row["language_code"])
    return render(
        request,
        "search/admin/search_report.html",
        {
            "page_title": _("Search report"),
            "header_icon": "search",
            "periods": PERIODS,
            "days": days,
            "languages": languages,
            "language_code": language_code,
            "popular": popular_queries(since),
            "missing": missing,
        },
    )
