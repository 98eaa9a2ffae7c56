"""How a search is shaped, for the search page and ``/api/search`` alike.

A search runs in one locale. It finds the live, public pages of the types in
``search/registry.py`` whose text has every word of the query, puts the pages editors
promoted for that query first, and counts four facets (type, country, theme, year).
Facets are disjunctive, as in openfun/richie: the counts of one facet apply every filter
except that facet's own, so choosing Kazakhstan still shows how many results the other
countries have. Values within a facet are alternatives (OR); facets combine (AND).

The locale's pages include its aliases of untranslated English pages: that is what a
visitor can read under that language's prefix, so searching there finds the English text
too, under the language's own URLs. A language without translations therefore searches
the English content; a language with translations searches its own.

The search backend (``search/backends``) finds and ranks; the facets are counted in the
database over the backend's hits, so they are the same whichever backend runs. Running a
search is ``search/engine.py``, the facet counts ``search/facets.py``, what it answers
``search/results.py``.
"""

import re
from dataclasses import dataclass, field, replace

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .registry import FACETS, type_values

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_FILTER_VALUES = 20
PAGE_SIZE = 10

WORD = re.compile(r"[^\W_]+")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
THEME_SLUG = re.compile(r"^[-a-z0-9]{1,100}$")
YEAR = re.compile(r"^[0-9]{4}$")
YEARS = range(1900, 2101)


class InvalidSearch(ValueError):
    """Input the API answers with a 4xx and this message; the page ignores it instead."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.status = status


# Input --------------------------------------------------------------------------------


def clean_text(raw):
    """What the visitor typed, safe to show and to keep in the search box: no markup, no
    control characters (null bytes included), single spaces, at most 200 characters."""
    text = strip_tags((raw or "")[: MAX_QUERY_LENGTH * 5])
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def words_of(text):
    """The words searched for: letters and digits only, so quotes, operators (``OR``
    aside, which is just a word), wildcards and backslashes never reach a backend's query
    syntax."""
    return tuple(WORD.findall(text))[:MAX_WORDS]


def normalised(words):
    """The form queries are recorded and promoted under: lower case words, single spaces."""
    return " ".join(words).lower()


@dataclass(frozen=True)
class Filters:
    type: tuple = ()
    country: tuple = ()
    theme: tuple = ()
    year: tuple = ()

    def without(self, facet):
        return replace(self, **{facet: ()})

    def __bool__(self):
        return any(getattr(self, facet) for facet in FACETS)

    def pairs(self):
        return [(facet, value) for facet in FACETS for value in getattr(self, facet)]


@dataclass(frozen=True)
class SearchParams:
    text: str = ""
    words: tuple = ()
    filters: Filters = field(default_factory=Filters)
    page: int = 1

    @property
    def query_string(self):
        return " ".join(self.words)


def _raw_values(params, name):
    values = []
    for raw in params.getlist(name):
        values.extend(part.strip() for part in raw.split(","))
    return [value for value in values if value]


def _filter_value(facet, raw):
    """The canonical value of a filter, or None when it cannot be one."""
    if facet == "type":
        return raw if raw in type_values() else None
    if facet == "country":
        value = raw.upper()
        return value if COUNTRY_CODE.match(value) else None
    if facet == "theme":
        value = raw.lower()
        return value if THEME_SLUG.match(value) else None
    return int(raw) if YEAR.match(raw) and int(raw) in YEARS else None


def _filter_help(facet):
    """What a filter accepts (the rejected value is not repeated back)."""
    if facet == "type":
        return _("type must be one of: %(values)s.") % {"values": ", ".join(type_values())}
    if facet == "country":
        return _("country must be a two-letter ISO 3166-1 code, for example KZ.")
    if facet == "theme":
        return _("theme must be a theme's slug: lower-case letters, digits and hyphens.")
    return _("year must be a year from %(first)d to %(last)d.") % {
        "first": YEARS[0],
        "last": YEARS[-1],
    }


def parse_filters(params, strict=False):
    chosen = {}
    for facet in FACETS:
        values = []
        for raw in _raw_values(params, facet):
            value = _filter_value(facet, raw)
            if value is None:
                if strict:
                    raise InvalidSearch(_filter_help(facet))
                continue
            if value not in values:
                values.append(value)
        if strict and len(values) > MAX_FILTER_VALUES:
            raise InvalidSearch(
                _("Choose at most %(limit)d values of %(facet)s.")
                % {"limit": MAX_FILTER_VALUES, "facet": facet}
            )
        chosen[facet] = tuple(values[:MAX_FILTER_VALUES])
    return Filters(**chosen)


def parse_page_number(raw, strict=False):
    if raw in (None, ""):
        return 1
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        if strict:
            raise InvalidSearch(_("page must be a whole number from 1."))
        return 1
    return number


def parse_params(params, strict=False):
    """``SearchParams`` from a query dict. ``strict`` (the API) rejects malformed filters and
    pages with ``InvalidSearch``; otherwise (the page) they are dropped."""
    text = clean_text(params.get("q", ""))
    return SearchParams(
        text=text,
        words=words_of(text),
        filters=parse_filters(params, strict),
        page=parse_page_number(params.get("page"), strict),
    )


def locale_for(language_code):
    """The locale of a language code the site publishes in; ``InvalidSearch`` otherwise."""
    locale = Locale.objects.filter(language_code=language_code or "").first()
    if locale is None:
        codes = ", ".join(Locale.objects.values_list("language_code", flat=True))
        raise InvalidSearch(_("locale must be one of: %(codes)s.") % {"codes": codes})
    return locale
