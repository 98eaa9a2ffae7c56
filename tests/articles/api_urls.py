"""A URL map with Wagtail's pages API, so tests can read the articles' api_fields before the
project exposes its API (that is another issue's job)."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from hub.urls import urlpatterns as site_urlpatterns

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", router.urls), *site_urlpatterns]
