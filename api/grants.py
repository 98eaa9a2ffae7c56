"""Open data of the grants programme: the map's GeoJSON, statistics and the CSV table.

Routed in ``api/urls.py`` outside the language prefix (paths are a contract in DESIGN.md).
Every answer covers only live, public grantee pages of the requested ``locale``; bad
parameters get a JSON 400 with a message.
"""

import io
from functools import wraps

from django.db.models import Count, Q
from django.http import HttpResponse, JsonResponse
from wagtail.images import get_image_model
from wagtail.models import Page

from core.filters import LOCALE, InvalidParameter
from core.page_cache import cache_published_data
from grants.filters import GrantFilters
from grants.opendata import export_rows, write_csv
from grants.queries import GrantsScope, country_names, locale_for, with_first_photo
from grants.stats import grant_statistics

MAP_PHOTO = "fill-480x320|format-jpeg"


def json_error(message, status=400, **details):
    return JsonResponse({"error": str(message), **details}, status=status)


def grants_api(view):
    """Read the locale and filters; answer JSON errors for bad ones and for other methods."""

    @cache_published_data
    @wraps(view)
    def wrapper(request):
        if request.method not in ("GET", "HEAD"):
            response = json_error("Only GET is allowed.", status=405)
            response["Allow"] = "GET, HEAD"
            return response
        try:
            language_code = LOCALE.read(request.GET)
        except InvalidParameter as error:
            return json_error(error.message, details={"locale": "unknown"})
        locale = locale_for(language_code)
        if locale is None:
            return json_error("No content in this language yet.", status=404)
        filters, errors = GrantFilters.from_query(request.GET)
        if errors:
            return json_error(
                "Invalid filter values.", details={key: str(text) for key, text in errors.items()}
            )
        return view(request, GrantsScope(locale, filters))

    return wrapper


def _grantee_urls(grantees, request):
    """Full URLs of grantees, built from their parent's URL: one query for many pages."""
    steplen = Page.steplen
    parents = Page.objects.filter(path__in={row["path"][:-steplen] for row in grantees})
    parent_urls = {parent.path: parent.get_full_url(request) for parent in parents}
    return {
        row["pk"]: f"{parent_urls[row['path'][:-steplen]]}{row['slug']}/"
        for row in grantees
        if parent_urls.get(row["path"][:-steplen])
    }


def _summary(text, words=40):
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


GRANTEE_COLUMNS = (
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
    "country__iso_code",
    "first_photo_id",
    "matching_grants",
)


def _map_rows(scope):
    """Plain rows rather than page objects: the map may carry every grantee at once."""
    grant_filter = Q()
    if scope.filters.theme:
        grant_filter &= Q(grants__theme__slug=scope.filters.theme)
    if scope.filters.year:
        grant_filter &= Q(grants__start_date__year=scope.filters.year)
    return list(
        with_first_photo(scope.grantees())
        .annotate(matching_grants=Count("grants", filter=grant_filter))
        .order_by("title", "pk")
        .values(*GRANTEE_COLUMNS)
    )


def _photo_urls(grantees, request):
    """Grantees share photos from a pool; each photo's URL is worked out once."""
    photo_ids = {row["first_photo_id"] for row in grantees if row["first_photo_id"]}
    return {
        image.pk: request.build_absolute_uri(image.get_rendition(MAP_PHOTO).url)
        for image in get_image_model()
        .objects.filter(pk__in=photo_ids)
        .prefetch_renditions(MAP_PHOTO)
    }


def _feature(row, url, countries, photo_url):
    return {
        "type": "Feature",
        "id": row["pk"],
        "geometry": {
            "type": "Point",
            "coordinates": [float(row["longitude"]), float(row["latitude"])],
        },
        "properties": {
            "name": row["title"],
            "short_name": row["short_name"],
            "url": url,
            "project_title": row["project_title"],
            "summary": _summary(row["project_summary"]),
            "country": row["country__iso_code"] or "",
            "country_name": countries.get(row["country__iso_code"], ""),
            "city": row["city"],
            "grants": row["matching_grants"],
            "photo": photo_url,
        },
    }


@grants_api
def map_geojson(request, scope):
    grantees = _map_rows(scope)
    urls = _grantee_urls(grantees, request)
    countries = country_names(scope.locale)
    photo_urls = _photo_urls(grantees, request)
    data = {
        "type": "FeatureCollection",
        "locale": scope.locale.language_code,
        "filters": scope.filters.as_dict(),
        "features": [
            _feature(row, urls.get(row["pk"]), countries, photo_urls.get(row["first_photo_id"]))
            for row in grantees
        ],
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
