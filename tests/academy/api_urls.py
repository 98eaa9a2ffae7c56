"""A URL map with Wagtail's pages API in front of the site's own, for the leak tests.

The hub's API routes arrive with issue 7; until then this proves what the course's
``api_fields`` expose.
"""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from hub.urls import urlpatterns as site_urlpatterns

router = WagtailAPIRouter("academy_test_api")
router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", router.urls), *site_urlpatterns]
