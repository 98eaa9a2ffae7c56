"""The OpenAPI 3.1 document at ``/api/openapi.json``, generated from the code that serves.

Wagtail's v2 endpoints build their serialisers per request, so schema generators that
introspect DRF serialisers see almost nothing. This module reads the same sources the
endpoints read instead: every page model's API fields (``endpoints.api_fields_for``), the
StreamField block definitions, the snippet endpoints' field lists and the router. A new
page type therefore appears here, with a schema for each of its fields, as soon as its
model exists.

The hub's own JSON endpoints (grants, search) are described in ``hub_endpoints.py``.
"""

from django.conf import settings
from django.db import models
from rest_framework import serializers
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import AbstractImage
from wagtail.models import Page, get_page_models

from . import fields as api_fields
from .endpoints import (
    MAX_OFFSET,
    InlineAPIViewSet,
    api_fields_for,
    automatic_serializer,
    content_locales,
)
from .hub_endpoints import hub_paths, hub_schemas
from .references import RENDITIONS
from .router import api_router


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    if set(schema) == {"type"} and isinstance(schema["type"], str):
        return {"type": [schema["type"], "null"]}
    if set(schema) == {"type", "format"}:
        return {"type": [schema["type"], "null"], "format": schema["format"]}
    return {"anyOf": [schema, {"type": "null"}]}


def schema_name(model):
    return f"{model._meta.app_label}.{model.__name__}".replace(".", "_")


def type_label(model):
    return f"{model._meta.app_label}.{model.__name__}"


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
DATE_TIME = {"type": "string", "format": "date-time"}
URL = {"type": "string", "format": "uri"}


class SchemaBuilder:
    """Collects component schemas while it walks models and blocks."""

    def __init__(self):
        self.schemas = {}

    # -- blocks -----------------------------------------------------------------------
    def block(self, block):
        if isinstance(block, blocks.StreamBlock):
            return {
                "type": "array",
                "items": {
                    "oneOf": [
                        {
                            "type": "object",
                            "properties": {
                                "type": {"const": name},
                                "value": self.block(child),
                                "id": nullable(STRING),
                            },
                            "required": ["type", "value"],
                            "additionalProperties": False,
                        }
                        for name, child in block.child_blocks.items()
                    ]
                },
            }
        if isinstance(block, blocks.ListBlock):
            return {"type": "array", "items": self.block(block.child_block)}
        if isinstance(block, blocks.StructBlock):
            return self.struct_block(block)
        if isinstance(block, blocks.RichTextBlock):
            return {"type": "string", "description": "HTML with internal links as URLs"}
        if isinstance(block, ImageChooserBlock):
            return nullable(ref("Image"))
        if isinstance(block, DocumentChooserBlock):
            return nullable(ref("DocumentSummary"))
        if isinstance(block, blocks.PageChooserBlock):
            return nullable(ref("PageSummary"))
        if isinstance(block, blocks.ChooserBlock):
            return nullable({"type": "object"})
        if isinstance(block, EmbedBlock):
            return nullable(URL | {"description": "The embedded media's address"})
        if isinstance(block, TableBlock):
            return nullable({"type": "object"})
        return self.leaf_block(block)

    def struct_block(self, block):
        name = f"Block_{type(block).__module__.split('.')[0]}_{type(block).__name__}"
        if type(block) is blocks.StructBlock:  # anonymous struct: inline it
            return self.struct_schema(block)
        if name not in self.schemas:
            self.schemas[name] = {}  # placeholder against recursion
            self.schemas[name] = self.struct_schema(block)
        return ref(name)

    def struct_schema(self, block):
        return {
            "type": "object",
            "properties": {name: self.block(child) for name, child in block.child_blocks.items()},
            "additionalProperties": False,
        }

    def leaf_block(self, block):
        if isinstance(block, blocks.BooleanBlock):
            return nullable(BOOLEAN)
        if isinstance(block, blocks.IntegerBlock):
            return nullable(INTEGER)
        if isinstance(block, blocks.FloatBlock):
            return nullable({"type": "number"})
        if isinstance(block, blocks.DecimalBlock):
            return nullable({"type": "string", "format": "decimal"})
        if isinstance(block, blocks.DateTimeBlock):
            return nullable({"type": "string", "format": "date-time"})
        if isinstance(block, blocks.DateBlock):
            return nullable({"type": "string", "format": "date"})
        if isinstance(block, blocks.FieldBlock):
            return nullable(STRING)
        return {}

    # -- model fields -----------------------------------------------------------------
    def model_field(self, model, api_field):
        name = api_field.name
        overrides = getattr(model, "api_field_schemas", {})
        if name in overrides:
            return overrides[name]
        serializer = api_field.serializer or automatic_serializer(model, name)
        if serializer is not None:
            return self.serializer_field(serializer, model, name)
        try:
            field = model._meta.get_field(name)
        except Exception:  # noqa: BLE001 - a property or method: its type is unknown
            return {}
        return self.django_field(field)

    def serializer_field(self, serializer, model, name):
        if isinstance(serializer, api_fields.StreamField):
            return self.block(model._meta.get_field(name).stream_block)
        if isinstance(serializer, api_fields.RichTextField):
            return nullable({"type": "string", "description": "HTML"})
        if isinstance(serializer, api_fields.ImageField):
            return nullable(ref("Image"))
        if isinstance(serializer, api_fields.ReferenceField):
            return nullable(
                ref({"document": "DocumentSummary"}.get(serializer.kind, "PageSummary"))
            )
        return self.drf_field(serializer)

    def drf_field(self, serializer):
        simple = [
            (serializers.BooleanField, BOOLEAN),
            (serializers.IntegerField, INTEGER),
            (serializers.FloatField, {"type": "number"}),
            (serializers.DecimalField, {"type": "string", "format": "decimal"}),
            (serializers.DateTimeField, DATE_TIME),
            (serializers.DateField, {"type": "string", "format": "date"}),
            (serializers.CharField, STRING),
        ]
        for field_class, schema in simple:
            if isinstance(serializer, field_class):
                return nullable(schema) if serializer.allow_null else schema
        if isinstance(serializer, serializers.ListField):
            return {"type": "array", "items": self.drf_field(serializer.child)}
        return {}

    def django_field(self, field):
        if field.many_to_many:
            return {"type": "array", "items": self.related_object(field.related_model)}
        if field.one_to_many:
            return {"type": "array", "items": self.inline_object(field.related_model)}
        if field.is_relation:
            return nullable(self.related_object(field.related_model))
        schema = self.scalar(field)
        return nullable(schema) if field.null else schema

    def scalar(self, field):
        kinds = [
            (models.BooleanField, BOOLEAN),
            (models.DecimalField, {"type": "string", "format": "decimal"}),
            (models.FloatField, {"type": "number"}),
            (models.IntegerField, INTEGER),
            (models.AutoField, INTEGER),
            (models.DateTimeField, DATE_TIME),
            (models.DateField, {"type": "string", "format": "date"}),
            (models.JSONField, {}),
        ]
        for field_class, schema in kinds:
            if isinstance(field, field_class):
                return schema
        return STRING

    def related_object(self, model):
        """A nested object the way v2 nests it: the model's endpoint's nested fields."""
        if issubclass(model, AbstractImage):
            return ref("Image")
        if issubclass(model, AbstractDocument):
            return ref("DocumentSummary")
        if issubclass(model, Page):
            return ref("NestedPage")
        name = f"Nested_{schema_name(model)}"
        if name not in self.schemas:
            self.schemas[name] = {}
            endpoint = api_router.registered_endpoint(model)
            endpoint_class = endpoint[1] if endpoint else InlineAPIViewSet
            field_names = endpoint_class.get_nested_default_fields(model)
            self.schemas[name] = self.object_schema(model, endpoint_class, field_names)
        return ref(name)

    def inline_object(self, model):
        name = f"Inline_{schema_name(model)}"
        if name not in self.schemas:
            self.schemas[name] = {}
            names = ["id", "type", *[field.name for field in api_fields_for(model)]]
            self.schemas[name] = self.object_schema(model, InlineAPIViewSet, names)
        return ref(name)

    def object_schema(self, model, endpoint_class, field_names):
        """``{id, meta: {...}, <fields>}`` for the given field names of an endpoint."""
        body = {field.name: field for field in endpoint_class.get_body_fields(model)}
        meta_names = set(endpoint_class.get_meta_fields_names(model))
        properties, meta = {}, {}
        for name in field_names:
            if name == "id":
                properties["id"] = INTEGER
            elif name == "type":
                meta["type"] = {"const": type_label(model)}
            elif name == "detail_url":
                meta["detail_url"] = URL
            elif name in meta_names:
                meta[name] = self.meta_field(model, name)
            elif name in body:
                properties[name] = self.model_field(model, body[name])
        if meta:
            properties["meta"] = {
                "type": "object",
                "properties": meta,
                "additionalProperties": False,
            }
        return {"type": "object", "properties": properties, "additionalProperties": False}

    def meta_field(self, model, name):
        known = {
            "locale": {"type": "string", "enum": content_locales()},
            "tags": {"type": "array", "items": STRING},
            "download_url": STRING,
        }
        return known.get(name, {})

    # -- pages --------------------------------------------------------------------
    def page_type(self, model, endpoint_class):
        name = f"Page_{schema_name(model)}"
        properties = {"id": INTEGER, "meta": self.page_meta(model), "title": STRING}
        for field in endpoint_class.get_body_fields(model):
            if field.name not in properties:
                properties[field.name] = self.model_field(model, field)
        description = (model.__doc__ or "").strip().split("\n\n")[0]
        self.schemas[name] = {
            "type": "object",
            "title": str(model._meta.verbose_name).capitalize(),
            "description": " ".join(description.split()),
            "properties": properties,
            "additionalProperties": False,
        }
        return ref(name)

    def page_meta(self, model):
        return {
            "type": "object",
            "properties": {
                "type": {"const": type_label(model)},
                "detail_url": URL,
                "html_url": nullable(URL),
                "slug": STRING,
                "show_in_menus": BOOLEAN,
                "seo_title": STRING,
                "search_description": STRING,
                "first_published_at": nullable(DATE_TIME),
                "last_published_at": nullable(DATE_TIME),
                "alias_of": nullable(ref("PageSummary")),
                "parent": nullable(ref("NestedPage")),
                "locale": {"type": "string", "enum": content_locales()},
                "is_translation_fallback": {
                    "type": "boolean",
                    "description": (
                        "True while this language still shows the English page (an "
                        "untranslated alias); false for a translation or the original."
                    ),
                },
                "translations": {"type": "array", "items": ref("Translation")},
            },
            "additionalProperties": False,
        }


def shared_schemas():
    rendition = {
        "type": "object",
        "properties": {"url": URL, "width": INTEGER, "height": INTEGER},
        "required": ["url", "width", "height"],
        "additionalProperties": False,
    }
    page_summary_properties = {
        "id": INTEGER,
        "type": nullable(STRING),
        "title": STRING,
        "locale": STRING,
        "html_url": nullable(URL),
        "detail_url": URL,
    }
    return {
        "Error": {
            "type": "object",
            "properties": {"message": STRING},
            "required": ["message"],
        },
        "ListingMeta": {
            "type": "object",
            "properties": {"total_count": {"type": "integer", "minimum": 0}},
            "required": ["total_count"],
        },
        "Rendition": rendition,
        "Image": {
            "type": "object",
            "description": "An image with renditions: "
            + ", ".join(f"{name} ({spec})" for name, spec in RENDITIONS.items()),
            "properties": {
                "id": INTEGER,
                "title": STRING,
                "alt": STRING,
                "width": INTEGER,
                "height": INTEGER,
                "detail_url": URL,
                "renditions": ref("Renditions"),
            },
            "required": ["id", "title", "alt", "width", "height", "renditions"],
            "additionalProperties": False,
        },
        "Renditions": {
            "type": "object",
            "properties": {name: ref("Rendition") for name in RENDITIONS},
            "additionalProperties": False,
        },
        "DocumentSummary": {
            "type": "object",
            "properties": {
                "id": INTEGER,
                "title": STRING,
                "file_extension": STRING,
                "file_size": nullable(INTEGER),
                "download_url": URL,
                "detail_url": URL,
            },
            "required": ["id", "title", "download_url"],
            "additionalProperties": False,
        },
        "PageSummary": {
            "type": "object",
            "description": "A live, public page that another object refers to.",
            "properties": page_summary_properties,
            "required": list(page_summary_properties),
            "additionalProperties": False,
        },
        "NestedPage": {
            "type": "object",
            "properties": {
                "id": INTEGER,
                "title": STRING,
                "meta": {
                    "type": "object",
                    "properties": {"type": STRING, "detail_url": URL, "html_url": nullable(URL)},
                },
            },
            "required": ["id"],
        },
        "Translation": {
            "type": "object",
            "properties": {
                "locale": {"type": "string", "enum": content_locales()},
                "id": INTEGER,
                "html_url": nullable(URL),
                "detail_url": URL,
                "is_translation_fallback": BOOLEAN,
            },
            "required": ["locale", "id", "html_url", "detail_url", "is_translation_fallback"],
            "additionalProperties": False,
        },
    }


# -- parameters and operations -------------------------------------------------------


def query(name, schema, description, **extra):
    return (
        {"name": name, "in": "query", "required": False, "schema": schema}
        | {"description": description}
        | extra
    )


COMMON_PARAMETERS = [
    query(
        "limit",
        {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
        f"Items per response, at most {settings.WAGTAILAPI_LIMIT_MAX} (more answers 400). "
        "Default 20.",
    ),
    query(
        "offset",
        {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
        "Items to skip.",
    ),
    query(
        "fields",
        STRING,
        "Comma-separated fields to add; `-name` removes one, `*` all, `_` none first. "
        "Example: `fields=body,-title`. Unknown names answer 400.",
    ),
    query("order", STRING, "A field to order by, `-field` descending, or `random`."),
]
SEARCH_PARAMETERS = [
    query("search", {"type": "string", "maxLength": 500}, "Full-text search."),
    query("search_operator", {"type": "string", "enum": ["and", "or"]}, "How terms combine."),
]
LOCALE_PARAMETER = query(
    "locale",
    {"type": "string", "enum": content_locales()},
    "Only items in this language. Another value answers 400.",
)
ID_PARAMETER = {
    "name": "id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
}


def error_responses(*statuses):
    reasons = {
        400: "Bad parameters",
        404: "Not found",
    }
    return {
        str(status): {
            "description": reasons[status],
            "content": {"application/json": {"schema": ref("Error")}},
        }
        for status in statuses
    }


def json_response(description, schema):
    return {
        "description": description,
        "headers": {
            "ETag": {"schema": STRING, "description": "Weak validator for If-None-Match."},
            "Cache-Control": {"schema": STRING},
        },
        "content": {"application/json": {"schema": schema}},
    }


def listing(item_schema):
    return {
        "type": "object",
        "properties": {
            "meta": ref("ListingMeta"),
            "items": {"type": "array", "items": item_schema},
        },
        "required": ["meta", "items"],
        "additionalProperties": False,
    }


def endpoint_operations(tag, summary, item_schema, parameters):
    listing_operation = {
        "tags": [tag],
        "summary": f"List {summary}",
        "operationId": f"{tag}_list",
        "parameters": parameters,
        "responses": {
            "200": json_response(f"A page of {summary}", listing(item_schema)),
            **error_responses(400),
        },
    }
    detail_operation = {
        "tags": [tag],
        "summary": f"One of the {summary}",
        "operationId": f"{tag}_detail",
        "parameters": [ID_PARAMETER, COMMON_PARAMETERS[2]],
        "responses": {
            "200": json_response("The object", item_schema),
            **error_responses(400, 404),
        },
    }
    return {
        f"/api/v2/{tag}/": {"get": listing_operation},
        f"/api/v2/{tag}/{{id}}/": {"get": detail_operation},
    }


def page_operations(builder):
    endpoint_class = api_router._endpoints["pages"]
    page_models = sorted(get_page_models(), key=type_label)
    page_refs = [builder.page_type(model, endpoint_class) for model in page_models]
    builder.schemas["Page"] = {
        "description": "A page of any type; `meta.type` says which.",
        "anyOf": page_refs,
    }
    labels = [type_label(model) for model in page_models]
    parameters = [
        *COMMON_PARAMETERS,
        *SEARCH_PARAMETERS,
        LOCALE_PARAMETER,
        query(
            "type",
            STRING,
            "Page type(s), comma-separated, such as `home.StandardPage`; with one type, "
            "that type's fields can be requested with `fields=`. Types: " + ", ".join(labels),
            examples={label: {"value": label} for label in labels},
        ),
        *[
            query(name, {"type": "integer", "minimum": 1}, description)
            for name, description in [
                ("child_of", "Only children of this page id."),
                ("descendant_of", "Only descendants of this page id."),
                ("ancestor_of", "Only ancestors of this page id."),
                ("translation_of", "Only translations of this page id."),
            ]
        ],
    ]
    paths = endpoint_operations("pages", "pages", ref("Page"), parameters)
    paths["/api/v2/pages/"]["get"]["description"] = (
        "Live, public pages of every type. Without `type=` the items show the fields "
        "every page has; with one `type=` they can show that type's fields."
    )
    paths["/api/v2/pages/find/"] = {
        "get": {
            "tags": ["pages"],
            "summary": "Find a page by its public path and redirect to its detail",
            "operationId": "pages_find",
            "description": "For front ends that route by URL: "
            "`/api/v2/pages/find/?html_path=/en/about/` redirects to `/api/v2/pages/<id>/`.",
            "parameters": [
                query("html_path", STRING, "The page's path on the site, e.g. `/en/about/`."),
                query("id", {"type": "integer", "minimum": 1}, "Or the page's id."),
            ],
            "responses": {
                "302": {
                    "description": "The page's detail URL, in Location",
                    "headers": {"Location": {"schema": STRING}},
                },
                **error_responses(400, 404),
            },
        }
    }
    paths["/api/v2/page_preview/"] = {
        "get": {
            "tags": ["pages"],
            "summary": "The draft an editor is previewing (headless preview)",
            "operationId": "page_preview",
            "parameters": [
                query("token", STRING, "The token from the preview redirect.", required=True),
                query("content_type", STRING, "`app_label.model`, as in the redirect."),
            ],
            "responses": {
                "200": json_response("The draft, shaped like a page's detail", ref("Page")),
                **error_responses(400, 404),
            },
        }
    }
    return paths


def media_object(model, **properties):
    """An image or document as its endpoint shows it: id, meta, title and more."""
    return {
        "type": "object",
        "properties": {
            "id": INTEGER,
            "meta": {
                "type": "object",
                "properties": {
                    "type": {"const": type_label(model)},
                    "detail_url": URL,
                    "tags": {"type": "array", "items": STRING},
                    "download_url": STRING,
                },
                "additionalProperties": False,
            },
            "title": STRING,
            **properties,
        },
        "additionalProperties": False,
    }


def media_operations(builder):
    builder.schemas["ImageObject"] = media_object(
        get_image_model(),
        width=INTEGER,
        height=INTEGER,
        description=STRING,
        renditions=ref("Renditions"),
    )
    builder.schemas["DocumentObject"] = media_object(get_document_model())
    parameters = [*COMMON_PARAMETERS, *SEARCH_PARAMETERS]
    return {
        **endpoint_operations("images", "images", ref("ImageObject"), parameters),
        **endpoint_operations("documents", "documents", ref("DocumentObject"), parameters),
    }


def snippet_operations(builder):
    paths = {}
    for name, endpoint_class in api_router._endpoints.items():
        model = endpoint_class.model
        if issubclass(model, Page | AbstractImage | AbstractDocument):
            continue
        schema = f"Snippet_{schema_name(model)}"
        field_names = [*endpoint_class.get_body_fields_names(model), "type", "detail_url"]
        field_names += [
            n for n in endpoint_class.get_meta_fields_names(model) if n not in field_names
        ]
        builder.schemas[schema] = builder.object_schema(model, endpoint_class, field_names)
        parameters = [*COMMON_PARAMETERS, *SEARCH_PARAMETERS, LOCALE_PARAMETER]
        paths.update(
            endpoint_operations(name, str(model._meta.verbose_name_plural), ref(schema), parameters)
        )
    return paths


def build_document(request=None):
    builder = SchemaBuilder()
    paths = {}
    paths.update(page_operations(builder))
    paths.update(media_operations(builder))
    paths.update(snippet_operations(builder))
    paths.update(hub_paths())
    schemas = {**shared_schemas(), **hub_schemas(), **builder.schemas}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME} API",
            "version": "2",
            "description": (
                "Read-only JSON API of the hub: pages of every type with their fields, "
                "images, documents, taxonomy, grants and search. Every response carries an "
                'ETag and Cache-Control; errors are JSON `{"message": ...}` with a 4xx '
                "status. Content languages: " + ", ".join(content_locales()) + "."
            ),
        },
        "servers": [{"url": "/"}],
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": dict(sorted(schemas.items()))},
        "tags": [
            {"name": "pages", "description": "Pages of every type, in every language."},
            {"name": "images"},
            {"name": "documents"},
            {"name": "countries"},
            {"name": "themes"},
            {"name": "people"},
            {"name": "grants", "description": "The small-grants programme: map and figures."},
            {"name": "search"},
        ],
    }
