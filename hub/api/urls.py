"""URLs of the JSON API, included from ``hub/urls.py`` outside the language prefixes."""

from django.urls import path

from . import views
from .router import api_router

urlpatterns = [
    path("v2/", api_router.urls),
    path("openapi.json", views.openapi_document, name="api_openapi"),
    path("docs/", views.api_docs, name="api_docs"),
]
