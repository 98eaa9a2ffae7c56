"""The search page (``/<lang>/search/``); the searching itself is ``search/engine.py``, and
its JSON twins (``/api/search``, ``/api/search/autocomplete``) are ``api/search.py``."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import pgettext
from wagtail.models import Locale

from .engine import run_search
from .query import locale_of, parse_params
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


def _suggestion(params, suggestion):
    """The "Did you mean" link: the suggested words with the filters kept."""
    if suggestion is None:
        return None
    chosen = {facet: [str(value) for value in getattr(params.filters, facet)] for facet in FACETS}
    return {"text": suggestion.text, "url": _url_with({"q": suggestion.text, **chosen})}


def _search_url(language_code):
    with translation.override(language_code):
        return reverse("search")


def search(request):
    """Full-text search over the live public pages of the visitor's language."""
    params = parse_params(request.GET)
    locale = locale_of(translation.get_language()) or Locale.get_active()
    outcome = run_search(params, locale, request)
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
            "suggestion": _suggestion(params, outcome.suggestion),
        },
    )
