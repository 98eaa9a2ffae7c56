"""The v2 router: one endpoint per content kind, under the ``wagtailapi`` namespace.

Page types need no registration: the pages endpoint serves every one of them.
"""

from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import (
    CountryAPIViewSet,
    HubDocumentsAPIViewSet,
    HubImagesAPIViewSet,
    HubPagesAPIViewSet,
    PagePreviewAPIViewSet,
    PersonAPIViewSet,
    ThemeAPIViewSet,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", HubPagesAPIViewSet)
api_router.register_endpoint("images", HubImagesAPIViewSet)
api_router.register_endpoint("documents", HubDocumentsAPIViewSet)
api_router.register_endpoint("countries", CountryAPIViewSet)
api_router.register_endpoint("themes", ThemeAPIViewSet)
api_router.register_endpoint("people", PersonAPIViewSet)
api_router.register_endpoint("page_preview", PagePreviewAPIViewSet)
