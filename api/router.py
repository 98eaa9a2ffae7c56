"""The v2 router: one endpoint per content kind, under the ``wagtailapi`` namespace.

Page types need no registration: the pages endpoint serves every one of them.
"""

from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import (
    CountryAPIViewSet,
    HubDocumentsAPIViewSet,
    HubImagesAPIViewSet,
    HubPagesAPIViewSet,
    InlineAPIViewSet,
    PagePreviewAPIViewSet,
    PersonAPIViewSet,
    ThemeAPIViewSet,
)


class HubAPIRouter(WagtailAPIRouter):
    """Nests objects without an endpoint of their own (a grantee's grants and photos, any
    inline) through :class:`InlineAPIViewSet`, so they follow the same conventions
    (image renditions, nested taxonomy, bulk loading) as everything else."""

    def registered_endpoint(self, model):
        return super().get_model_endpoint(model)

    def get_model_endpoint(self, model):
        return self.registered_endpoint(model) or ("", InlineAPIViewSet)

    def get_model_listing_urlpath(self, model):
        if self.registered_endpoint(model):
            return super().get_model_listing_urlpath(model)
        return None

    def get_object_detail_urlpath(self, model, pk):
        if self.registered_endpoint(model):
            return super().get_object_detail_urlpath(model, pk)
        return None


api_router = HubAPIRouter("wagtailapi")
api_router.register_endpoint("pages", HubPagesAPIViewSet)
api_router.register_endpoint("images", HubImagesAPIViewSet)
api_router.register_endpoint("documents", HubDocumentsAPIViewSet)
api_router.register_endpoint("countries", CountryAPIViewSet)
api_router.register_endpoint("themes", ThemeAPIViewSet)
api_router.register_endpoint("people", PersonAPIViewSet)
api_router.register_endpoint("page_preview", PagePreviewAPIViewSet)
