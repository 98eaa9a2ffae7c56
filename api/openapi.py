"""The OpenAPI 3.1 document at ``/api/openapi.json``, generated from the code that serves.

The schemas come from the models and blocks (``openapi_schemas.py``), the operations and
their parameters from the endpoints and ``parameters.py`` (``openapi_operations.py``), the
hub's own JSON endpoints (grants, search) from ``hub_endpoints.py``. The document depends
only on the code and the settings, so each process builds it once.
"""

import functools
import json

from django.conf import settings

from core.filters import content_languages

from .hub_endpoints import hub_paths, hub_schemas
from .openapi_operations import media_operations, page_operations, snippet_operations
from .openapi_schemas import BOOLEAN, INTEGER, STRING, URL, SchemaBuilder, nullable, ref
from .references import RENDITIONS


def shared_schemas():
    rendition = {
        "type": "object",
        "properties": {"url": URL, "width": INTEGER, "height": INTEGER},
        "required": ["url", "width", "height"],
        "additionalProperties": False,
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
    }


def page_reference_schemas():
    """Pages as other objects refer to them."""
    page_summary_properties = {
        "id": INTEGER,
        "type": nullable(STRING),
        "title": STRING,
        "locale": STRING,
        "html_url": nullable(URL),
        "detail_url": URL,
    }
    return {
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
                "locale": {"type": "string", "enum": content_languages()},
                "id": INTEGER,
                "html_url": nullable(URL),
                "detail_url": URL,
                "is_translation_fallback": BOOLEAN,
            },
            "required": ["locale", "id", "html_url", "detail_url", "is_translation_fallback"],
            "additionalProperties": False,
        },
    }


@functools.cache
def document_json():
    """The document as served, encoded once per process."""
    return json.dumps(build_document(), ensure_ascii=False).encode()


def build_document():
    builder = SchemaBuilder()
    paths = {}
    paths.update(page_operations(builder))
    paths.update(media_operations(builder))
    paths.update(snippet_operations(builder))
    paths.update(hub_paths())
    schemas = {
        **shared_schemas(),
        **page_reference_schemas(),
        **hub_schemas(),
        **builder.schemas,
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME} API",
            "version": "2",
            "description": (
                "Read-only JSON API of the hub: pages of every type with their fields, "
                "images, documents, taxonomy, grants and search. Every response carries an "
                'ETag and Cache-Control; errors are JSON `{"message": ...}` with a 4xx '
                "status. Content languages: " + ", ".join(content_languages()) + "."
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
