"""The grants API's paths, included by ``hub/urls.py`` outside the language prefix."""

from django.urls import path

from . import api

urlpatterns = [
    path("map.geojson", api.map_geojson, name="grants-map-geojson"),
    path("stats", api.stats, name="grants-stats"),
    path("grants.csv", api.grants_csv, name="grants-csv"),
]
