"""The operations of the OpenAPI document: Wagtail's v2 endpoints, each with the parameters
it checks (``api/parameters.py``) and the schemas of what it answers."""

from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page, get_page_models

from .openapi_schemas import INTEGER, STRING, URL, ref, schema_name, type_label
from .parameters import (
    FIND,
    MAX_ID,
    PREVIEW,
    detail_parameters,
    listing_parameters,
    openapi,
)
from .router import api_router

ID_PARAMETER = {
    "name": "id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
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


def endpoint_operations(tag, summary, item_schema):
    """The listing and detail operations of a v2 endpoint, with the parameters it checks."""
    endpoint_class = api_router._endpoints[tag]
    model = endpoint_class.model
    listing_operation = {
        "tags": [tag],
        "summary": f"List {summary}",
        "operationId": f"{tag}_list",
        "parameters": [openapi(p) for p in listing_parameters(endpoint_class, model)],
        "responses": {
            "200": json_response(f"A page of {summary}", listing(item_schema)),
            **error_responses(400),
        },
    }
    detail_operation = {
        "tags": [tag],
        "summary": f"One of the {summary}",
        "operationId": f"{tag}_detail",
        "parameters": [
            ID_PARAMETER,
            *[openapi(p) for p in detail_parameters(endpoint_class, model)],
        ],
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
    paths = endpoint_operations("pages", "pages", ref("Page"))
    paths["/api/v2/pages/"]["get"]["description"] = (
        "Live, public pages of every type. Without `type=` the items show the fields "
        "every page has; with one `type=` they can show that type's fields."
    )
    paths["/api/v2/pages/find/"] = {"get": find_operation()}
    paths["/api/v2/page_preview/"] = {"get": preview_operation()}
    return paths


def find_operation():
    return {
        "tags": ["pages"],
        "summary": "Find a page by its public path and redirect to its detail",
        "operationId": "pages_find",
        "description": "For front ends that route by URL: "
        "`/api/v2/pages/find/?html_path=/en/about/` redirects to `/api/v2/pages/<id>/`.",
        "parameters": [openapi(parameter) for parameter in FIND],
        "responses": {
            "302": {
                "description": "The page's detail URL, in Location",
                "headers": {"Location": {"schema": STRING}},
            },
            **error_responses(400, 404),
        },
    }


def preview_operation():
    return {
        "tags": ["pages"],
        "summary": "The draft an editor is previewing (headless preview)",
        "operationId": "page_preview",
        "parameters": [openapi(parameter) for parameter in PREVIEW],
        "responses": {
            "200": json_response("The draft, shaped like a page's detail", ref("Page")),
            **error_responses(400, 404),
        },
    }


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
    return {
        **endpoint_operations("images", "images", ref("ImageObject")),
        **endpoint_operations("documents", "documents", ref("DocumentObject")),
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
        paths.update(endpoint_operations(name, str(model._meta.verbose_name_plural), ref(schema)))
    return paths
