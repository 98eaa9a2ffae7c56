"""Everything under ``/api/``, included from ``hub/urls.py`` outside the language prefixes.

The paths are a contract (DESIGN.md, "Public JSON API"): Wagtail's v2 endpoints, the hub's
grants and search endpoints, and the OpenAPI document with its interactive page.
"""

from django.urls import path

from . import grants, search, views
from .router import api_router

urlpatterns = [
    path("v2/", api_router.urls),
    path("search", search.search_api, name="search_api"),
    path("search/autocomplete", search.autocomplete_api, name="search_autocomplete"),
    path("grants/map.geojson", grants.map_geojson, name="grants-map-geojson"),
    path("grants/stats", grants.stats, name="grants-stats"),
    path("grants/grants.csv", grants.grants_csv, name="grants-csv"),
    path("openapi.json", views.openapi_document, name="api_openapi"),
    path("docs/", views.api_docs, name="api_docs"),
]
