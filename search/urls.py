"""The search page, under each language prefix (hub/urls.py includes it there)."""

from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search, name="search"),
]
