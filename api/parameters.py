"""Every query parameter of the API, declared once: the requests are checked against these
declarations and the OpenAPI document's parameter objects are generated from them.

The filters the API shares with the site's listings (``locale``, ``country``, ``theme``,
``year``, ``page``) come from ``core/filters.py``; the search endpoints' ``q`` and
``type`` from ``search/query.py``. What only Wagtail's v2 endpoints read is declared here.
Values that depend on the models (the fields a response can show, the fields a listing can
be ordered by, the page types) are read from the endpoints, so they follow the models.
"""

import re
from dataclasses import replace

from django.conf import settings
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import get_page_models
from wagtail.search import index

from core.filters import COUNTRY, LOCALE, PAGE, THEME, YEAR, InvalidParameter, Parameter
from search.query import QUERY, TYPE

# Past this offset nothing real is listed; larger numbers only overflow the database.
MAX_OFFSET = 1_000_000
MAX_SEARCH_LENGTH = 500
MAX_ID = 2**63 - 1

LIMIT = Parameter(
    "limit",
    f"Items per response, at most {settings.WAGTAILAPI_LIMIT_MAX}. Default 20.",
    kind="integer",
    minimum=0,
    maximum=settings.WAGTAILAPI_LIMIT_MAX,
    allow_empty=False,
)
OFFSET = Parameter(
    "offset", "Items to skip.", kind="integer", minimum=0, maximum=MAX_OFFSET, allow_empty=False
)
SEARCH = Parameter("search", "Full-text search.", max_length=MAX_SEARCH_LENGTH)
SEARCH_OPERATOR = Parameter(
    "search_operator", "How terms combine.", choices=("and", "or"), allow_empty=False
)
CONTENT_LOCALE = replace(LOCALE, description="Only items in this language.", allow_empty=False)


def page_id(name, description):
    return Parameter(
        name, description, kind="integer", minimum=1, maximum=MAX_ID, allow_empty=False
    )


TREE_FILTERS = (
    page_id("child_of", "Only children of this page id."),
    page_id("descendant_of", "Only descendants of this page id."),
    page_id("ancestor_of", "Only ancestors of this page id."),
    page_id("translation_of", "Only translations of this page id."),
)
FIND = (
    Parameter(
        "html_path", "The page's path on the site, e.g. `/en/about/`.", max_length=MAX_SEARCH_LENGTH
    ),
    page_id("id", "Or the page's id."),
)
PREVIEW = (
    Parameter(
        "token",
        "The token from the preview redirect.",
        pattern=r"^[-A-Za-z0-9_]{1,64}$",
        allow_empty=False,
        required=True,
    ),
    Parameter(
        "content_type",
        "`app_label.model`, as in the redirect.",
        pattern=r"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$",
        allow_empty=False,
    ),
)


def _alternatives(names):
    return "|".join(re.escape(name) for name in sorted(names, key=lambda name: (-len(name), name)))


def page_types():
    return sorted(f"{model._meta.app_label}.{model.__name__}" for model in get_page_models())


def type_parameter():
    names = _alternatives(page_types())
    return Parameter(
        "type",
        "Page type(s), comma-separated, such as `home.StandardPage`; with one type, that "
        "type's fields can be requested with `fields=`. Types: " + ", ".join(page_types()),
        pattern=rf"^(?:{names})(?:,(?:{names}))*$",
        allow_empty=False,
    )


def field_names(endpoint_class, model, detail=False):
    """The fields ``fields=`` may name for ``model``: Wagtail's body and meta fields."""
    names = dict.fromkeys(
        [*endpoint_class.get_body_fields_names(model), *endpoint_class.get_meta_fields_names(model)]
    )
    if not detail:
        for name in endpoint_class.detail_only_fields:
            names.pop(name, None)
    return list(names)


def fields_parameter(endpoint_class, model, detail=False):
    """``fields=``: names, ``-name`` to remove one, ``*`` (all) or ``_`` (none) first;
    Wagtail refuses additions after ``*`` and removals after ``_``."""
    name = rf"(?:{_alternatives(field_names(endpoint_class, model, detail))})"
    item = rf"-?{name}"
    return Parameter(
        "fields",
        "Comma-separated fields to add; `-name` removes one. `*` (all, then only `-name`s) "
        "or `_` (none, then only names to add) may come first. Example: `fields=_,title`. "
        "With one `type=`, that type's fields too.",
        pattern=rf"^(?:_(?:,{name})*|\*(?:,-{name})*|{item}(?:,{item})*)$",
        allow_empty=True,
    )


def orderable_fields(endpoint_class, model):
    """Database fields the search index can also order by, so ``order`` works with
    ``search`` (relations, such as ``locale``, it cannot)."""
    indexed = {
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, index.FilterField)
    }
    return [
        name
        for name in endpoint_class.get_available_fields(model, db_fields_only=True)
        if name in indexed and not model._meta.get_field(name).is_relation
    ]


def order_parameter(endpoint_class, model):
    names = orderable_fields(endpoint_class, model)
    item = rf"-?(?:{_alternatives(names)})"
    return Parameter(
        "order",
        "Fields to order by, comma-separated, `-field` descending, or `random`. Fields: "
        + ", ".join(names),
        pattern=rf"^(?:random|{item}(?:,{item})*)$",
        allow_empty=False,
    )


def listing_parameters(endpoint_class, model):
    """What a v2 listing reads: paging, fields, order, search (and filters by kind)."""
    parameters = [
        LIMIT,
        OFFSET,
        fields_parameter(endpoint_class, model),
        order_parameter(endpoint_class, model),
        SEARCH,
        SEARCH_OPERATOR,
    ]
    if "locale" in endpoint_class.known_query_parameters:
        parameters.append(CONTENT_LOCALE)
    if "type" in endpoint_class.known_query_parameters:
        parameters += [type_parameter(), *TREE_FILTERS]
    return parameters


def detail_parameters(endpoint_class, model):
    return [fields_parameter(endpoint_class, model, detail=True)]


def validate(query, parameters):
    """Check every declared parameter of ``query``; ``BadRequestError`` names the first
    malformed one, in words that do not repeat the value."""
    for parameter in parameters:
        for raw in query.getlist(parameter.name):
            try:
                parameter.clean(raw)
            except InvalidParameter as error:
                raise BadRequestError(error.message) from None
    for name in query:
        if "\x00" in name:
            raise BadRequestError("parameter names must not contain NUL characters")


def openapi(parameter, **extra):
    """The OpenAPI parameter object of a declared parameter."""
    return {
        "name": parameter.name,
        "in": "query",
        "required": parameter.required,
        "schema": parameter.schema(),
        "description": parameter.description,
        **extra,
    }


# The hub's own endpoints --------------------------------------------------------------

GRANT_FILTERS = (LOCALE, COUNTRY, THEME, YEAR)
SEARCH_FILTERS = (QUERY, LOCALE, TYPE, COUNTRY, THEME, YEAR, PAGE)
AUTOCOMPLETE = (QUERY, LOCALE)
