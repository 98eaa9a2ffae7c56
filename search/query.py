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

from django.conf import settings
from django.core.cache import cache
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail.models import Locale

from core.filters import COUNTRY, LOCALE, PAGE, THEME, YEAR, InvalidParameter, Parameter

from .registry import FACETS, type_values

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_FILTER_VALUES = 20
PAGE_SIZE = 10

WORD = re.compile(r"[^\W_]+")
# /api/search refuses longer queries; the page keeps the first 200 characters of any text.
MAX_API_QUERY_LENGTH = 1000

QUERY = Parameter(
    "q",
    "The words to search for; control characters are read as spaces.",
    max_length=MAX_API_QUERY_LENGTH,
    free_text=True,
)
TYPE = Parameter(
    "type",
    "Page type facet value; several are comma-separated.",
    choices=type_values,
    help=_lazy("type must be one of: %(values)s."),
)
FACET_PARAMETERS = {"type": TYPE, "country": COUNTRY, "theme": THEME, "year": YEAR}


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
        values.extend(part.strip(" ") for part in raw.split(","))
    return [value for value in values if value]


def _filter_value(facet, raw, strict):
    """The canonical value of a filter; None (the page) or InvalidSearch (the API) when it
    cannot be one. The rules are the site's shared ones (``core/filters.py``)."""
    try:
        return FACET_PARAMETERS[facet].clean(raw)
    except InvalidParameter as error:
        if strict:
            raise InvalidSearch(error.message) from None
        return None


def parse_filters(params, strict=False):
    chosen = {}
    for facet in FACETS:
        values = []
        for raw in _raw_values(params, facet):
            value = _filter_value(facet, raw, strict)
            if value is None:
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
    try:
        return PAGE.clean(raw) or 1
    except InvalidParameter as error:
        if strict:
            raise InvalidSearch(error.message) from None
        return 1


def parse_query(params, strict=False):
    """What was typed, cleaned; the API refuses text longer than it documents."""
    if strict:
        try:
            QUERY.read(params)
        except InvalidParameter as error:
            raise InvalidSearch(error.message) from None
    return clean_text(params.get("q", ""))


def parse_params(params, strict=False):
    """``SearchParams`` from a query dict. ``strict`` (the API) rejects malformed filters and
    pages with ``InvalidSearch``; otherwise (the page) they are dropped."""
    text = parse_query(params, strict)
    return SearchParams(
        text=text,
        words=words_of(text),
        filters=parse_filters(params, strict),
        page=parse_page_number(params.get("page"), strict),
    )


LOCALE_TIMEOUT = 600


def locale_of(language_code):
    """The locale of ``language_code`` (None if there is none), kept in the cache for
    ``LOCALE_TIMEOUT`` seconds: a site's locales change about never, and every search
    needs its own."""
    key = f"search-locale:{language_code}"
    locale = cache.get(key)
    if locale is None:
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is not None:
            cache.set(key, locale, timeout=LOCALE_TIMEOUT)
    return locale


def locale_for(language_code):
    """The locale of a language code the site publishes in; ``InvalidSearch`` otherwise
    (400 for a code that is not a content language, 404 for one without content yet)."""
    try:
        language_code = LOCALE.clean(language_code) or settings.LANGUAGE_CODE
    except InvalidParameter as error:
        raise InvalidSearch(error.message) from None
    locale = locale_of(language_code)
    if locale is None:
        raise InvalidSearch(_("No content in this language yet."), status=404)
    return locale
