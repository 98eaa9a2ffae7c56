"""Open data of the grants programme: the map's GeoJSON, statistics and the CSV table.

Routed in ``hub/urls.py`` outside the language prefix (paths are a contract in DESIGN.md).
Every answer covers only live, public grantee pages of the requested ``locale``; bad
parameters get a JSON 400 with a message.
"""

import io
from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.utils.text import Truncator

from .filters import GrantFilters
from .opendata import export_rows, write_csv
from .queries import GrantsScope, attach_listing_data, locale_for, with_first_photo
from .stats import grant_statistics

MAP_PHOTO = "fill-480x320|format-jpeg"


def json_error(message, status=400, **details):
    return JsonResponse({"error": str(message), **details}, status=status)


def grants_api(view):
    """Read the locale and filters; answer JSON errors for bad ones and for other methods."""

    @wraps(view)
    def wrapper(request):
        if request.method not in ("GET", "HEAD"):
            response = json_error("Only GET is allowed.", status=405)
            response["Allow"] = "GET, HEAD"
            return response
        language_code = request.GET.get("locale") or None
        locale = locale_for(language_code)
        if locale is None:
            return json_error(
                f"Unknown locale {language_code[:20]!r}.", details={"locale": "unknown"}
            )
        filters, errors = GrantFilters.from_query(request.GET)
        if errors:
            return json_error(
                "Invalid filter values.", details={key: str(text) for key, text in errors.items()}
            )
        return view(request, GrantsScope(locale, filters))

    return wrapper


def _grantee_urls(grantees, request):
    """Full URLs of grantees, built from their parent's URL: one query for many pages."""
    from wagtail.models import Page

    steplen = Page.steplen
    parents = Page.objects.filter(path__in={page.path[:-steplen] for page in grantees})
    parent_urls = {parent.path: parent.get_full_url(request) for parent in parents}
    return {
        page.pk: f"{parent_urls[page.path[:-steplen]]}{page.slug}/"
        for page in grantees
        if parent_urls.get(page.path[:-steplen])
    }


def _feature(grantee, url, request):
    photo = grantee.first_photo
    return {
        "type": "Feature",
        "id": grantee.pk,
        "geometry": {
            "type": "Point",
            "coordinates": [float(grantee.longitude), float(grantee.latitude)],
        },
        "properties": {
            "name": grantee.title,
            "short_name": grantee.short_name,
            "url": url,
            "project_title": grantee.project_title,
            "summary": Truncator(grantee.project_summary).words(40),
            "country": grantee.country_iso_code,
            "country_name": grantee.country_name,
            "city": grantee.city,
            "grants": grantee.matching_grants,
            "photo": request.build_absolute_uri(photo.get_rendition(MAP_PHOTO).url)
            if photo
            else None,
        },
    }


@grants_api
def map_geojson(request, scope):
    from django.db.models import Count, Q

    grant_filter = Q()
    if scope.filters.theme:
        grant_filter &= Q(grants__theme__slug=scope.filters.theme)
    if scope.filters.year:
        grant_filter &= Q(grants__start_date__year=scope.filters.year)
    grantees = (
        with_first_photo(scope.grantees())
        .annotate(matching_grants=Count("grants", filter=grant_filter))
        .select_related("country")
        .order_by("title", "pk")
        .only(
            "pk",
            "path",
            "slug",
            "title",
            "short_name",
            "latitude",
            "longitude",
            "project_title",
            "project_summary",
            "city",
            "country",
            "country__iso_code",
        )
    )
    grantees = attach_listing_data(grantees, scope.locale, MAP_PHOTO)
    urls = _grantee_urls(grantees, request)
    for grantee in grantees:
        grantee.country_iso_code = grantee.country.iso_code if grantee.country_id else ""
    data = {
        "type": "FeatureCollection",
        "locale": scope.locale.language_code,
        "filters": scope.filters.as_dict(),
        "features": [_feature(grantee, urls.get(grantee.pk), request) for grantee in grantees],
    }
    return JsonResponse(data, content_type="application/geo+json")


@grants_api
def stats(request, scope):
    data = {
        "locale": scope.locale.language_code,
        "filters": scope.filters.as_dict(),
        **grant_statistics(scope.locale, scope.filters, scope=scope).as_dict(),
    }
    return JsonResponse(data)


@grants_api
def grants_csv(request, scope):
    stream = io.StringIO()
    write_csv(export_rows(scope, request), stream)
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"grants-{scope.locale.language_code}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
