"""Schemas of what the hub's own JSON endpoints answer (grants and search, DESIGN.md).

The views live in their apps; the tests check their real responses against these.
"""


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _counts():  # facet value -> number of results
    return {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}


def grant_schemas():
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
    }


def stats_schemas():
    return {
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
    }


def search_result_schemas():
    return {"SearchResult": _search_result(), "SearchResults": _search_results()}


def _search_result():
    return {
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
    }


def _search_results():
    return {
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
            **_when_nothing_matched(),
        },
        "required": [
            "query",
            "total",
            "page",
            "pages",
            "results",
            "facets",
            "other_languages",
            "did_you_mean",
        ],
    }


def _when_nothing_matched():  # properties of SearchResults that help after no results
    return {
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
        "did_you_mean": {
            "description": (
                "When nothing matched: the query with each word no title has "
                "replaced by the closest title word, if that finds something "
                "(search it with the same filters); otherwise null."
            ),
            "type": ["string", "null"],
        },
    }


def autocomplete_schemas():
    return {
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


def hub_schemas():
    return {
        **grant_schemas(),
        **stats_schemas(),
        **search_result_schemas(),
        **autocomplete_schemas(),
    }
