"""JSON Schemas of the API's objects, read from the models, blocks and endpoints that serve them.

Wagtail's v2 endpoints build their serialisers per request, so schema generators that
introspect DRF serialisers see almost nothing. :class:`SchemaBuilder` reads the same
sources the endpoints read instead: every page model's API fields
(``endpoints.api_fields_for``), the StreamField block definitions and the snippet
endpoints' field lists. A new page type therefore has a schema for each of its fields as
soon as its model exists.
"""

from django.db import models
from rest_framework import serializers
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from core.filters import content_languages

from . import fields as api_fields
from .endpoints import InlineAPIViewSet, api_fields_for, automatic_serializer
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
            "locale": {"type": "string", "enum": content_languages()},
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
                "locale": {"type": "string", "enum": content_languages()},
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
