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
database over the backend's hits, so they are the same whichever backend runs.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import CharField, Count, F, Q, Value
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from core.models import Country, Theme

from . import backends
from .models import QueryWithoutResults
from .registry import (
    FACETS,
    content_type_ids,
    dates_of,
    search_types,
    type_label,
    type_of,
    type_values,
)

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_FILTER_VALUES = 20
PAGE_SIZE = 10
SUMMARY_WORDS = 40
OTHER_LANGUAGE_HITS = 3

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


# Output -------------------------------------------------------------------------------


@dataclass
class Result:
    title: str
    url: str
    type: str
    type_label: str
    summary: str
    date: datetime.date | None
    locale: str
    promoted: bool = False

    def as_json(self):
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type,
            "summary": self.summary,
            "date": self.date.isoformat() if self.date else None,
            "locale": self.locale,
            "promoted": self.promoted,
        }


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class OtherLanguage:
    language_code: str
    count: int


@dataclass
class SearchOutcome:
    params: SearchParams
    locale: Locale | None
    page_obj: object = None
    results: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    other_languages: list = field(default_factory=list)
    other_language_results: list = field(default_factory=list)

    @property
    def total(self):
        return self.page_obj.paginator.count if self.page_obj else 0

    @property
    def pages(self):
        return self.page_obj.paginator.num_pages if self.page_obj else 1

    @property
    def page_number(self):
        return self.page_obj.number if self.page_obj else 1

    def as_json(self):
        return {
            "query": self.params.query_string,
            "total": self.total,
            "page": self.page_number,
            "pages": self.pages,
            "results": [result.as_json() for result in self.results],
            "facets": {
                facet: {str(option.value): option.count for option in options}
                for facet, options in self.facets.items()
            },
            # With no result here: the languages that have matches, to offer as links.
            "other_languages": [
                {"locale": other.language_code, "total": other.count}
                for other in self.other_languages
            ],
        }


def describe(page, request, language_code, date, absolute=False, promoted=False):
    if isinstance(date, datetime.datetime):
        date = timezone.localdate(date)
    summary = getattr(page, "listing_summary", "") or page.search_description or ""
    value = type_of(page)
    return Result(
        title=page.title,
        url=(page.get_full_url(request) if absolute else page.get_url(request)) or "",
        type=value,
        type_label=str(type_label(value)),
        summary=Truncator(strip_tags(str(summary))).words(SUMMARY_WORDS),
        date=date,
        locale=language_code,
        promoted=promoted,
    )


def describe_all(pages, request, language_of, absolute=False, promoted=()):
    pages = list(pages)
    dates = dates_of(pages)
    return [
        describe(
            page,
            request,
            language_of(page),
            dates.get(page.pk),
            absolute=absolute,
            promoted=page.pk in promoted,
        )
        for page in pages
    ]


# Querying -----------------------------------------------------------------------------


class PromotedFirst:
    """The promoted pages, then the ranked hits, as one sequence a Paginator can slice:
    only the slice shown is fetched from the backend."""

    def __init__(self, promoted, ranked):
        self.promoted = promoted
        self.ranked = ranked

    def count(self):
        return len(self.promoted) + self.ranked.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        start, stop = key.start or 0, key.stop
        head = self.promoted[start:stop]
        skipped = len(self.promoted)
        rest_start = max(0, start - skipped)
        rest_stop = None if stop is None else max(0, stop - skipped)
        if rest_stop is not None and rest_stop <= rest_start:
            return head
        return head + list(self.ranked[rest_start:rest_stop])


def public_pages():
    """Live pages outside private sections, of the types the search knows."""
    return Page.objects.live().public().filter(content_type_id__in=content_type_ids())


def _narrow(search_type, candidates, filters):
    """The pages of one type among ``candidates`` that pass ``filters``; None when no page of
    that type can (it is not a chosen type, or lacks a chosen facet)."""
    if filters.type and search_type.value not in filters.type:
        return None
    pages = search_type.model._default_manager.filter(candidates, **dict(search_type.condition))
    for facet in ("country", "theme", "year"):
        values = getattr(filters, facet)
        if not values:
            continue
        lookup = search_type.lookup(facet)
        if lookup is None:
            return None
        pages = pages.filter(**{f"{lookup}__in": values})
    return pages


def filter_condition(filters):
    """A condition on Page for the chosen filters (everything when none is chosen)."""
    if not filters:
        return Q()
    parts = [
        Q(pk__in=pages.values("pk"))
        for pages in (_narrow(entry, Q(), filters) for entry in search_types())
        if pages is not None
    ]
    return reduce(or_, parts) if parts else Q(pk__in=[])


def count_facet(candidates, filters, facet):
    """Value to count of one facet over ``candidates``: one SQL statement, a UNION ALL of
    one grouped query per page type."""
    parts = []
    for entry in search_types():
        pages = _narrow(entry, candidates, filters)
        if pages is None:
            continue
        if facet == "type":
            value = Value(entry.value, output_field=CharField())
            parts.append(
                pages.order_by()
                .annotate(value=value)
                .values("value")
                .annotate(count=Count("pk", distinct=True))
            )
            continue
        lookup = entry.lookup(facet)
        if lookup is None:
            continue
        parts.append(
            pages.order_by()
            .filter(**{f"{lookup}__isnull": False})
            .values(value=F(lookup))
            .annotate(count=Count("pk", distinct=True))
        )
    counts = Counter()
    if parts:
        for row in parts[0].union(*parts[1:], all=True):
            counts[row["value"]] += row["count"]
    return counts


def _labels(facet, values, locale):
    if facet == "type":
        return {value: str(type_label(value)) for value in values}
    if facet == "year" or not values:
        return {value: str(value) for value in values}
    model, key = (Country, "iso_code") if facet == "country" else (Theme, "slug")
    labels = {}
    rows = model.objects.filter(**{f"{key}__in": values}).values_list(key, "name", "locale_id")
    for value, name, locale_id in rows:
        if locale_id == locale.pk or value not in labels:
            labels[value] = name
    return {value: labels.get(value, str(value)) for value in values}


def facet_options(candidates, filters, locale):
    """Each facet's options: every value with results, and every chosen value."""
    facets = {}
    for facet in FACETS:
        counts = count_facet(candidates, filters.without(facet), facet)
        chosen = getattr(filters, facet)
        values = [value for value, count in counts.items() if count] + [
            value for value in chosen if not counts.get(value)
        ]
        labels = _labels(facet, values, locale)
        options = [
            FacetOption(value, labels[value], counts.get(value, 0), value in chosen)
            for value in values
        ]
        if facet == "type":
            order = type_values()
            options.sort(key=lambda option: order.index(option.value))
        elif facet == "year":
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            options.sort(key=lambda option: option.label.casefold())
        facets[facet] = options
    return facets


def promoted_pages(words, scope):
    """The pages editors promoted for this query, as this locale's versions of them, in
    the editors' order."""
    keys = list(
        SearchPromotion.objects.filter(query__query_string=normalised(words), page__isnull=False)
        .order_by("sort_order")
        .values_list("page__translation_key", flat=True)
    )
    if not keys:
        return []
    pages = {page.translation_key: page for page in scope.filter(translation_key__in=keys)}
    return [pages[key] for key in dict.fromkeys(keys) if key in pages]


def page_of(paginator, number, strict):
    if number > paginator.num_pages:
        if strict:
            raise InvalidSearch(
                _("There is no page %(number)d; the last page is %(last)d.")
                % {"number": number, "last": paginator.num_pages}
            )
        number = paginator.num_pages
    return paginator.page(number)


def search_elsewhere(params, locale, public, request):
    """When nothing matched: how many pages in each other language match, and the best few
    of them. Aliases are left out, so English content counts once, as English."""
    hits = backends.backend_for(None).search(
        params.query_string, public.exclude(locale=locale).specific(), operator="and"
    )
    found = Page.objects.filter(pk__in=backends.hit_ids(hits), alias_of__isnull=True)
    counts = dict(found.order_by().values_list("locale__language_code").annotate(count=Count("pk")))
    if not counts:
        return [], []
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    best = [page for page in hits[: OTHER_LANGUAGE_HITS * 4] if page.alias_of_id is None]
    results = describe_all(
        best[:OTHER_LANGUAGE_HITS], request, lambda page: languages.get(page.locale_id, "")
    )
    order = [code for code, _name in settings.LANGUAGES]
    other = [
        OtherLanguage(code, counts[code])
        for code in sorted(counts, key=lambda code: order.index(code) if code in order else 99)
    ]
    return other, results


def record(params, locale, found_anything):
    """Count the query for the editors' reports (page 1 only, so paging does not count)."""
    if params.page != 1:
        return
    query_string = normalised(params.words)
    Query.get(query_string).add_hit()
    if not found_anything:
        QueryWithoutResults.add_hit(query_string, locale.language_code)


def run_search(params, locale, request, *, strict=False, absolute_urls=False, record_hits=True):
    """Search one locale: results for the page asked for, facets, and other languages'
    matches when there are no results."""
    outcome = SearchOutcome(params=params, locale=locale)
    if not params.words or locale is None:
        return outcome

    public = public_pages()
    scope = public.filter(locale=locale).specific()
    backend = backends.backend_for(locale.language_code)
    query_string = params.query_string
    matches = backend.search(query_string, scope, operator="and")
    promoted = promoted_pages(params.words, scope)
    promoted_ids = [page.pk for page in promoted]

    condition = filter_condition(params.filters)
    if promoted and params.filters:
        passing = set(scope.filter(condition, pk__in=promoted_ids).values_list("pk", flat=True))
        promoted = [page for page in promoted if page.pk in passing]
    ranked_scope = scope.filter(condition)
    if promoted_ids:
        ranked_scope = ranked_scope.exclude(pk__in=promoted_ids)
    ranked = backend.search(query_string, ranked_scope, operator="and")

    paginator = Paginator(PromotedFirst(promoted, ranked), PAGE_SIZE)
    outcome.page_obj = page_of(paginator, params.page, strict)
    outcome.results = describe_all(
        outcome.page_obj.object_list,
        request,
        lambda page: locale.language_code,
        absolute=absolute_urls,
        promoted={page.pk for page in promoted},
    )
    candidates = Q(pk__in=backends.hit_ids(matches)) | Q(pk__in=promoted_ids)
    outcome.facets = facet_options(candidates, params.filters, locale)

    found_anything = paginator.count > 0
    if not found_anything and params.filters:
        found_anything = bool(promoted_ids) or matches.count() > 0
    if not found_anything:
        outcome.other_languages, outcome.other_language_results = search_elsewhere(
            params, locale, public, request
        )
    if record_hits:
        record(params, locale, found_anything)
    return outcome


def autocomplete(text, locale, request, limit=8):
    """Titles that start with what was typed, in one locale, best first."""
    words = words_of(clean_text(text))
    if locale is None or not words or len("".join(words)) < 2:
        return []
    scope = public_pages().filter(locale=locale).specific()
    hits = backends.backend_for(locale.language_code).autocomplete(
        " ".join(words), scope, operator="and"
    )
    return describe_all(hits[:limit], request, lambda page: locale.language_code, absolute=True)
