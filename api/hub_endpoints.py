"""OpenAPI operations of the hub's own JSON endpoints (grants and search, DESIGN.md).

The views live in their apps; the parameters they read are declared once in
``parameters.py`` (which takes them from ``core/filters.py`` and ``search/query.py``), and
the shapes of their answers are in ``hub_schemas.py``.
"""

from .hub_schemas import hub_schemas
from .parameters import AUTOCOMPLETE, GRANT_FILTERS, SEARCH_FILTERS, openapi

__all__ = ["hub_paths", "hub_schemas"]


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _errors(*statuses):
    reasons = {400: "Bad parameters", 404: "No content in this language, or no such page"}
    return {
        str(status): {
            "description": reasons[status],
            "content": {"application/json": {"schema": _ref("Error")}},
        }
        for status in statuses
    }


def _operation(tag, operation_id, summary, parameters, response, **extra):
    """A GET operation answering ``response`` (description, media type, schema)."""
    description, media_type, schema = response
    return {
        "get": {
            "tags": [tag],
            "summary": summary,
            "operationId": operation_id,
            **extra,
            "parameters": [openapi(parameter) for parameter in parameters],
            "responses": {
                "200": {"description": description, "content": {media_type: {"schema": schema}}},
                **_errors(400, 404),
            },
        }
    }


def grant_paths():
    return {
        "/api/grants/map.geojson": _operation(
            "grants",
            "grants_map",
            "Live grantees as a GeoJSON FeatureCollection",
            GRANT_FILTERS,
            (
                "Points of the grantees (longitude, latitude)",
                "application/geo+json",
                _ref("GrantsMap"),
            ),
        ),
        "/api/grants/stats": _operation(
            "grants",
            "grants_stats",
            "Totals of the grants programme, by country, theme and year",
            GRANT_FILTERS,
            ("Figures computed live from the grants", "application/json", _ref("GrantStats")),
        ),
        "/api/grants/grants.csv": _operation(
            "grants",
            "grants_csv",
            "Open data: one row per grant with its grantee's columns",
            GRANT_FILTERS,
            ("CSV with a header row", "text/csv", {"type": "string"}),
            description="The format `manage.py import_grants` reads back.",
        ),
    }


def search_paths():
    return {
        "/api/search": _operation(
            "search",
            "search",
            "Search every public page type, with facet counts",
            SEARCH_FILTERS,
            (
                "Results and facets; each facet ignores its own filter",
                "application/json",
                _ref("SearchResults"),
            ),
        ),
        "/api/search/autocomplete": _operation(
            "search",
            "search_autocomplete",
            "Title suggestions for what has been typed so far",
            AUTOCOMPLETE,
            ("Suggestions", "application/json", _ref("Autocomplete")),
        ),
    }


def hub_paths():
    return {**grant_paths(), **search_paths()}
