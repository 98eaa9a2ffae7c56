"""The search page (``/<lang>/search/``) and its JSON twins (``/api/search``,
``/api/search/autocomplete``); the searching itself is ``search/query.py``."""

from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import Locale

from .query import (
    InvalidSearch,
    autocomplete,
    clean_text,
    locale_for,
    parse_params,
    run_search,
    words_of,
)
from .registry import FACETS

FACET_HEADINGS = {
    "type": lambda: pgettext("search facet", "Type"),
    "country": lambda: pgettext("search facet", "Country"),
    "theme": lambda: pgettext("search facet", "Theme"),
    "year": lambda: pgettext("search facet", "Year"),
}


def _url_with(params, **changes):
    """A query string from ``params`` (name to a value or a list of values) with some
    parameters replaced; empty values are left out."""
    pairs = []
    for key, value in {**params, **changes}.items():
        values = value if isinstance(value, list) else [value]
        pairs.extend((key, item) for item in values if item not in (None, ""))
    return "?" + urlencode(pairs)


def _chips(params, facets):
    """One removable chip per chosen filter, and the link that removes them all."""
    base = {"q": params.text}
    chosen = {facet: [str(value) for value in getattr(params.filters, facet)] for facet in FACETS}
    current = {**base, **chosen}
    labels = {
        (facet, str(option.value)): option.label
        for facet, options in facets.items()
        for option in options
    }
    chips = []
    for facet, value in params.filters.pairs():
        remaining = [item for item in chosen[facet] if item != str(value)]
        chips.append(
            {
                "facet": FACET_HEADINGS[facet](),
                "label": labels.get((facet, str(value)), str(value)),
                "url": _url_with(current, **{facet: remaining}),
            }
        )
    return chips, _url_with(base)


def _search_url(language_code):
    with translation.override(language_code):
        return reverse("search")


def search(request):
    """Full-text search over the live public pages of the visitor's language."""
    params = parse_params(request.GET)
    outcome = run_search(params, Locale.get_active(), request)
    chips, clear_url = _chips(params, outcome.facets)
    languages = dict(settings.LANGUAGES)
    facets = [
        {"name": facet, "heading": FACET_HEADINGS[facet](), "options": outcome.facets[facet]}
        for facet in FACETS
        if outcome.facets.get(facet)
    ]
    other_languages = [
        {
            "code": other.language_code,
            "name": languages.get(other.language_code, other.language_code),
            "count": other.count,
            "url": _search_url(other.language_code) + _url_with({"q": params.text}),
        }
        for other in outcome.other_languages
    ]
    return render(
        request,
        "search/search.html",
        {
            "query": params.text,
            "searched": bool(params.words),
            "outcome": outcome,
            "page_obj": outcome.page_obj,
            "results": outcome.results,
            "facets": facets,
            "chips": chips,
            "clear_filters_url": clear_url,
            "other_languages": other_languages,
            "other_language_results": outcome.other_language_results,
        },
    )


def json_endpoint(view):
    """GET and HEAD only; bad input answers JSON with a message and a 4xx, never a 500."""

    @wraps(view)
    def wrapper(request):
        if request.method not in ("GET", "HEAD"):
            response = JsonResponse({"message": _("Only GET is allowed here.")}, status=405)
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return JsonResponse(view(request), json_dumps_params={"ensure_ascii": False})
        except InvalidSearch as error:
            return JsonResponse({"message": str(error)}, status=error.status)

    return wrapper


@json_endpoint
def search_api(request):
    """``/api/search``: results and facet counts, as documented in DESIGN.md."""
    params = parse_params(request.GET, strict=True)
    locale = locale_for(request.GET.get("locale") or settings.LANGUAGE_CODE)
    return run_search(params, locale, request, strict=True, absolute_urls=True).as_json()


@json_endpoint
def autocomplete_api(request):
    """``/api/search/autocomplete``: up to eight titles for what has been typed so far."""
    locale = locale_for(request.GET.get("locale") or settings.LANGUAGE_CODE)
    suggestions = autocomplete(request.GET.get("q", ""), locale, request)
    return {
        "query": " ".join(words_of(clean_text(request.GET.get("q", "")))),
        "results": [
            {"title": result.title, "url": result.url, "type": result.type}
            for result in suggestions
        ],
    }
