"""OpenAPI description of the hub's own JSON endpoints (grants and search, DESIGN.md).

These views live in their apps; their shapes are the contract of issues 5 and 8 and the
tests check the real responses against these schemas.
"""

from django.conf import settings


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name, schema, description):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


def _locales():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _errors():
    return {
        "400": {
            "description": "Bad parameters",
            "content": {"application/json": {"schema": _ref("Error")}},
        }
    }


LOCALE = _query("locale", {"type": "string"}, "Language code, for example `en` or `kk`.")
COUNTRY = _query(
    "country", {"type": "string"}, "ISO 3166-1 alpha-2 code of a programme country, e.g. KZ."
)
THEME = _query("theme", {"type": "string"}, "A theme's slug, e.g. `fair-housing`.")
YEAR = _query("year", {"type": "integer", "minimum": 1900, "maximum": 2100}, "Grant year.")
GRANT_FILTERS = [LOCALE, COUNTRY, THEME, YEAR]


def hub_paths():
    return {
        "/api/grants/map.geojson": {
            "get": {
                "tags": ["grants"],
                "summary": "Live grantees as a GeoJSON FeatureCollection",
                "operationId": "grants_map",
                "parameters": GRANT_FILTERS,
                "responses": {
                    "200": {
                        "description": "Points of the grantees (longitude, latitude)",
                        "content": {"application/geo+json": {"schema": _ref("GrantsMap")}},
                    },
                    **_errors(),
                },
            }
        },
        "/api/grants/stats": {
            "get": {
                "tags": ["grants"],
                "summary": "Totals of the grants programme, by country, theme and year",
                "operationId": "grants_stats",
                "parameters": GRANT_FILTERS,
                "responses": {
                    "200": {
                        "description": "Figures computed live from the grants",
                        "content": {"application/json": {"schema": _ref("GrantStats")}},
                    },
                    **_errors(),
                },
            }
        },
        "/api/grants/grants.csv": {
            "get": {
                "tags": ["grants"],
                "summary": "Open data: one row per grant with its grantee's columns",
                "description": "The format `manage.py import_grants` reads back.",
                "operationId": "grants_csv",
                "parameters": GRANT_FILTERS,
                "responses": {
                    "200": {
                        "description": "CSV with a header row",
                        "content": {"text/csv": {"schema": {"type": "string"}}},
                    },
                    **_errors(),
                },
            }
        },
        "/api/search": {
            "get": {
                "tags": ["search"],
                "summary": "Search every public page type, with facet counts",
                "operationId": "search",
                "parameters": [
                    _query("q", {"type": "string", "maxLength": 1000}, "The query."),
                    LOCALE,
                    _query("type", {"type": "string"}, "Page type facet value."),
                    COUNTRY,
                    THEME,
                    YEAR,
                    _query("page", {"type": "integer", "minimum": 1}, "Result page, 10 a page."),
                ],
                "responses": {
                    "200": {
                        "description": "Results and facets; each facet ignores its own filter",
                        "content": {"application/json": {"schema": _ref("SearchResults")}},
                    },
                    **_errors(),
                },
            }
        },
        "/api/search/autocomplete": {
            "get": {
                "tags": ["search"],
                "summary": "Title suggestions for what has been typed so far",
                "operationId": "search_autocomplete",
                "parameters": [
                    _query("q", {"type": "string", "maxLength": 1000}, "The start of a title."),
                    LOCALE,
                ],
                "responses": {
                    "200": {
                        "description": "Suggestions",
                        "content": {"application/json": {"schema": _ref("Autocomplete")}},
                    },
                    **_errors(),
                },
            }
        },
    }


def _counts():  # facet value -> number of results
    return {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}


def hub_schemas():
    return {
        "GrantFilters": {
            "type": "object",
            "description": "The filters applied, after validation.",
            "properties": {
                "country": {"type": ["string", "null"]},
                "theme": {"type": ["string", "null"]},
                "year": {"type": ["integer", "null"]},
            },
        },
        "GrantsMap": {
            "type": "object",
            "properties": {
                "type": {"const": "FeatureCollection"},
                "locale": {"type": "string"},
                "filters": _ref("GrantFilters"),
                "features": {"type": "array", "items": _ref("GranteeFeature")},
            },
            "required": ["type", "features"],
        },
        "GranteeFeature": {
            "type": "object",
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": "integer"},
                "geometry": {
                    "type": "object",
                    "properties": {
                        "type": {"const": "Point"},
                        "coordinates": {
                            "type": "array",
                            "description": "[longitude, latitude]",
                            "items": {"type": "number"},
                            "minItems": 2,
                            "maxItems": 2,
                        },
                    },
                    "required": ["type", "coordinates"],
                },
                "properties": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "short_name": {"type": "string"},
                        "url": {"type": ["string", "null"]},
                        "project_title": {"type": "string"},
                        "summary": {"type": "string"},
                        "country": {"type": "string", "description": "ISO 3166-1 alpha-2"},
                        "country_name": {"type": "string"},
                        "city": {"type": "string"},
                        "grants": {"type": "integer", "minimum": 0},
                        "photo": {"type": ["string", "null"]},
                    },
                },
            },
            "required": ["type", "geometry", "properties"],
        },
        "GrantBreakdownRow": {
            "type": "object",
            "properties": {
                "country": {"type": "string"},
                "theme": {"type": "string"},
                "year": {"type": "integer"},
                "name": {"type": "string"},
                "grants": {"type": "integer", "minimum": 0},
                "amount": {"type": "number", "minimum": 0},
                "grantees": {"type": "integer", "minimum": 0},
                "beneficiaries": {"type": "integer", "minimum": 0},
            },
            "required": ["name", "grants", "amount", "grantees"],
        },
        "GrantStats": {
            "type": "object",
            "description": "Totals of live grantees' grants in US dollars, and breakdowns.",
            "properties": {
                "locale": {"type": "string"},
                "filters": _ref("GrantFilters"),
                "totals": {
                    "type": "object",
                    "properties": {
                        "grants": {"type": "integer", "minimum": 0},
                        "amount": {"type": "number", "minimum": 0},
                        "currency": {"type": "string"},
                        "grantees": {"type": "integer", "minimum": 0},
                        "beneficiaries": {"type": "integer", "minimum": 0},
                    },
                    "required": ["grants", "amount", "grantees", "beneficiaries"],
                },
                "by_country": {"type": "array", "items": _ref("GrantBreakdownRow")},
                "by_theme": {"type": "array", "items": _ref("GrantBreakdownRow")},
                "by_year": {"type": "array", "items": _ref("GrantBreakdownRow")},
                "other_currencies": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "currency": {"type": "string"},
                            "amount": {"type": "number"},
                        },
                    },
                },
            },
            "required": ["totals", "by_country", "by_theme", "by_year"],
        },
        "SearchResult": {
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "url": {"type": "string"},
                "type": {"type": "string"},
                "summary": {"type": ["string", "null"]},
                "date": {"type": ["string", "null"]},
                "locale": {"type": "string"},
                "promoted": {
                    "type": "boolean",
                    "description": "Chosen by editors for this query; listed first.",
                },
            },
            "required": ["title", "url", "type", "summary", "date", "locale", "promoted"],
        },
        "SearchResults": {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "total": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1},
                "pages": {"type": "integer", "minimum": 0},
                "results": {"type": "array", "items": _ref("SearchResult")},
                "facets": {
                    "type": "object",
                    "properties": {
                        "type": _counts(),
                        "country": _counts(),
                        "theme": _counts(),
                        "year": _counts(),
                    },
                },
                "other_languages": {
                    "description": "When nothing matched: languages with matches, and how many.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "locale": {"type": "string"},
                            "total": {"type": "integer", "minimum": 1},
                        },
                        "required": ["locale", "total"],
                    },
                },
            },
            "required": [
                "query",
                "total",
                "page",
                "pages",
                "results",
                "facets",
                "other_languages",
            ],
        },
        "Autocomplete": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "The words used, cleaned."},
                "results": {
                    "type": "array",
                    "maxItems": 8,
                    "items": {
                        "type": "object",
                        "properties": {
                            "title": {"type": "string"},
                            "url": {"type": "string"},
                            "type": {"type": "string"},
                        },
                        "required": ["title", "url", "type"],
                    },
                },
            },
            "required": ["query", "results"],
        },
    }
