"""The v2 endpoints: Wagtail's pages, images and documents viewsets, and one per snippet.

What they add to Wagtail's own:

- parameters are checked before any query runs (NUL bytes, numbers beyond 64 bits, unknown
  locales answer 400 instead of reaching the database and failing there);
- every page type is covered without registering it: the fields come from the model's
  ``api_fields`` (or, without them, from the fields the model itself declares), and each
  field gets a serialiser from its type (``automatic_serializer``);
- a response loads what it refers to in bulk (``references.resolve``) and prefetches the
  relations it shows, so listings make a constant number of queries;
- only JSON is rendered (no browsable HTML API), so one URL has one cacheable body.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DataError
from django.db.models import ForeignKey, OneToOneField, Prefetch, prefetch_related_objects
from django.http import Http404
from django.urls import path
from django.utils import timezone
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from taggit.managers import TaggableManager
from wagtail import fields as wagtail_fields
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.documents.models import AbstractDocument
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, Site

from core.models import Country, Person, Theme

from . import fields
from .models import PagePreview
from .parameters import FIND, PREVIEW, detail_parameters, listing_parameters, validate
from .references import public_pages, resolve


def content_locales():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def api_fields_for(model):
    """The fields a page type or snippet shows in the API.

    A model's own ``api_fields`` decide. A page type without them shows the fields it
    declares itself (not Wagtail's internal ones, not inline child objects), so a new page
    type is in the API, and in the OpenAPI document, from the day it exists.
    """
    declared = getattr(model, "api_fields", None)
    if declared is not None:
        return list(declared)
    if not issubclass(model, Page) or model is Page:
        return []
    names = []
    for field in model._meta.get_fields(include_parents=False):
        if field.auto_created or field.name.endswith("_ptr"):
            continue
        if getattr(field, "concrete", False) or field.many_to_many:
            names.append(APIField(field.name))
    return names


def model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def automatic_serializer(model, name):
    """A serialiser chosen from the model field's type, or None for DRF's default."""
    field = model_field(model, name)
    if isinstance(field, TaggableManager):
        return fields.TagsField()
    if isinstance(field, wagtail_fields.StreamField):
        return fields.StreamField()
    if isinstance(field, wagtail_fields.RichTextField):
        return fields.RichTextField()
    if isinstance(field, ForeignKey | OneToOneField) and not field.auto_created:
        related = field.related_model
        if issubclass(related, AbstractImage):
            return fields.ImageField()
        if issubclass(related, AbstractDocument):
            return fields.ReferenceField("document")
        if issubclass(related, Page):
            return fields.ReferenceField("page")
    return None


class HubOrderingFilter(OrderingFilter):
    """``order=random`` also with ``offset``: a random page of the listing, where Wagtail
    refuses the combination. Search backends cannot shuffle their hits, so while searching
    ``random`` leaves the hits in the index's order instead of refusing."""

    def filter_queryset(self, request, queryset, view):
        if request.GET.get("order") == "random":
            return queryset.order_by() if "search" in request.GET else queryset.order_by("?")
        return super().filter_queryset(request, queryset, view)


def with_hub_ordering(filter_backends):
    return [HubOrderingFilter if b is OrderingFilter else b for b in filter_backends]


class JSONOnly(BaseContentNegotiation):
    """JSON whatever the Accept header says, so a browser gets the same body as a client."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class HubEndpointMixin:
    """What every hub endpoint shares; see the module docstring."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = JSONOnly
    # Serialisers added by the endpoint for names that are not model fields.
    extra_field_serializers = {}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        validate(request.GET, self.declared_parameters())
        if "search" in request.GET:
            # Search is plain text; SQLite's FTS5 reads an unbalanced double quote as
            # query syntax and fails, so quotes are dropped before the backend sees them.
            # Nothing left to search for lists everything, as without ``search``.
            query = request._request.GET.copy()
            query["search"] = query["search"].replace('"', " ")
            if not query["search"].strip():
                del query["search"]
            request._request.GET = query

    def declared_parameters(self):
        """The parameters of this request's operation (``api/parameters.py``); a detail's
        ``fields`` depend on the object's type and are checked once it is found."""
        if self.action == "listing_view":
            return listing_parameters(type(self), self.listed_model())
        if self.action == "find_view":
            return FIND
        return []

    def listed_model(self):
        return self.model

    def handle_exception(self, exc):
        if isinstance(exc, OverflowError | DataError | ValidationError):
            exc = BadRequestError("a value in the query is out of range or malformed")
        elif isinstance(exc, BadRequestError) and str(exc).endswith("page doesn't exist"):
            exc = Http404("the page given as a filter does not exist or is not public")
        elif isinstance(exc, Http404):
            exc = Http404("not found")
        response = super().handle_exception(exc)
        if isinstance(response.data, dict) and "detail" in response.data:
            response.data = {"message": str(response.data["detail"])}  # DRF's own errors
        return response

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + api_fields_for(model))

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = {}
        for field in cls.get_body_fields(model) + cls.get_meta_fields(model):
            serializer = field.serializer or cls.extra_field_serializers.get(field.name)
            if serializer is None:
                serializer = automatic_serializer(model, field.name)
            if serializer is not None:
                overrides[field.name] = serializer
        return overrides

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        items = list(self.paginate_queryset(queryset))
        serializer = self.get_serializer(items, many=True)
        self.prefetch_shown_relations(items, serializer.child)
        response = self.get_paginated_response(serializer.data)
        resolve(response.data, request, request.wagtailapi_router)
        return response

    def detail_view(self, request, pk):
        instance = self.get_object()
        validate(request.GET, detail_parameters(type(self), type(instance)))
        serializer = self.get_serializer(instance)
        data = serializer.data
        resolve(data, request, request.wagtailapi_router)
        return Response(data)

    def prefetch_shown_relations(self, items, serializer):
        """Prefetch the many-to-many, inline and foreign-key objects the response shows.

        Fields that resolve through references (images, documents, pages) are skipped:
        those are loaded in bulk after serialisation. Inline objects come with the objects
        their foreign keys point at, in the same query (an author with its person).
        """
        for model in {type(item) for item in items}:
            lookups = []
            for name, field in serializer.fields.items():
                relation = model_field(model, name)
                if getattr(field, "resolved_later", False) or not getattr(
                    relation, "is_relation", False
                ):
                    continue
                if relation.one_to_many:  # inline objects: their foreign keys as well
                    related = [
                        child_field.name
                        for child_field in relation.related_model._meta.concrete_fields
                        if child_field.is_relation and child_field.name != relation.field.name
                    ]
                    children = relation.related_model._default_manager.select_related(*related)
                    lookups.append(Prefetch(name, queryset=children))
                else:
                    lookups.append(name)
            prefetch_related_objects([item for item in items if type(item) is model], *lookups)


class HubPagesAPIViewSet(HubEndpointMixin, PagesAPIViewSet):
    filter_backends = with_hub_ordering(PagesAPIViewSet.filter_backends)
    meta_fields = [
        *PagesAPIViewSet.meta_fields,
        "last_published_at",
        "is_translation_fallback",
        "translations",
    ]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "is_translation_fallback"]
    extra_field_serializers = {
        "locale": fields.LocaleField(),
        "alias_of": fields.AliasOfField(),
        "translations": fields.TranslationsField(),
        "is_translation_fallback": fields.TranslationFallbackField(),
    }

    def find_object(self, queryset, request):
        """``html_path=/kk/about/``: the language prefix picks that language's home."""
        if "html_path" not in request.GET:
            return super().find_object(queryset, request)
        site = Site.find_for_request(request)
        components = [part for part in request.GET["html_path"].split("/") if part]
        root = site.root_page if site else None
        if root and components and components[0] in content_locales():
            locale = Locale.objects.filter(language_code=components.pop(0)).first()
            root = root.get_translation_or_none(locale) if locale else None
        if root is None:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page if queryset.filter(id=page.id).exists() else None

    def listed_model(self):
        """The page type of ``type=`` (when one is given), whose fields may be asked for."""
        return self.get_queryset().model

    def get_base_queryset(self):
        # One restriction lookup per request, shared by the listing and the references.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = public_pages(self.request)
            self.request.hub_public_pages = self._base_queryset
        return self._base_queryset


class PagePreviewAPIViewSet(HubPagesAPIViewSet):
    """``?token=``: the draft an editor is previewing, shaped like a page's detail.

    Only someone holding a fresh token (from the admin's preview redirect) can read it; the
    answer is never cached.
    """

    name = "page_preview"
    known_query_parameters = HubPagesAPIViewSet.known_query_parameters.union(
        ["token", "content_type"]
    )

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "detail_view"}), name="detail")]

    @classmethod
    def get_meta_fields(cls, model):
        # A page that was never saved has no place in the tree yet, hence no parent.
        return [field for field in super().get_meta_fields(model) if field.name != "parent"]

    def declared_parameters(self):
        return PREVIEW

    def get_object(self):
        if not hasattr(self, "_preview_page"):
            token = self.request.GET.get("token", "")
            preview = PagePreview.objects.filter(
                token=token, created_at__gte=timezone.now() - PagePreview.LIFETIME
            ).first()
            if not token or preview is None:
                raise Http404("no preview for this token (it may have expired)")
            self._preview_page = preview.as_page()
        return self._preview_page

    def detail_view(self, request, pk=None):
        response = super().detail_view(request, pk)
        response["Cache-Control"] = "private, no-store"
        return response


class HubImagesAPIViewSet(HubEndpointMixin, ImagesAPIViewSet):
    filter_backends = with_hub_ordering(ImagesAPIViewSet.filter_backends)
    body_fields = [*ImagesAPIViewSet.body_fields, "description", "renditions"]
    nested_default_fields = [*ImagesAPIViewSet.nested_default_fields, "renditions"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "renditions"]
    extra_field_serializers = {"renditions": fields.RenditionsField()}


class HubDocumentsAPIViewSet(HubEndpointMixin, DocumentsAPIViewSet):
    filter_backends = with_hub_ordering(DocumentsAPIViewSet.filter_backends)


class InlineAPIViewSet(HubEndpointMixin, BaseAPIViewSet):
    """Not routed: how objects nested in a page (inline panels, other relations) are shown."""

    model = None


class LocaleFilter:
    """``?locale=kk``: the snippet rows of one language."""

    def filter_queryset(self, request, queryset, view):
        """By ``locale_id``, which the search index can filter on (a language code cannot
        be), so ``locale`` and ``search`` combine."""
        if "locale" in request.GET:
            locale = Locale.objects.filter(language_code=request.GET["locale"]).first()
            queryset = queryset.filter(locale_id=locale.pk if locale else None)
        return queryset


class SnippetAPIViewSet(HubEndpointMixin, BaseAPIViewSet):
    """A read-only endpoint for a translatable snippet, one row per language."""

    filter_backends = [FieldsFilter, LocaleFilter, HubOrderingFilter, SearchFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])
    meta_fields = [*BaseAPIViewSet.meta_fields, "locale"]
    extra_field_serializers = {"locale": fields.LocaleField()}

    def get_queryset(self):
        return self.model._default_manager.order_by("name", "id")

    @classmethod
    def get_listing_default_fields(cls, model):
        return [*super().get_listing_default_fields(model), "locale"]


class CountryAPIViewSet(SnippetAPIViewSet):
    name = "countries"
    model = Country
    body_fields = [*BaseAPIViewSet.body_fields, "name", "iso_code", "latitude", "longitude"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "iso_code"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "iso_code"]


class ThemeAPIViewSet(SnippetAPIViewSet):
    name = "themes"
    model = Theme
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug", "description"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "slug"]


class PersonAPIViewSet(SnippetAPIViewSet):
    name = "people"
    model = Person
    body_fields = [*BaseAPIViewSet.body_fields, "name", "role", "bio", "photo"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "role", "photo"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "role", "photo"]
