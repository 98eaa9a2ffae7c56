"""Query shaping for the library and the newsroom: one place for listings, facets and feeds.

A listing shows an index page's own live, public children (so each locale lists its own
pages), newest first, twelve to a page, filtered by the query string. Every query here is
independent of the number of pages listed: related rows are prefetched in bulk and image
renditions come with their images.

Themes and countries are filtered by slug and ISO code, never by primary key: translated
pages may point at the English taxonomy rows or at their own locale's, and the codes are
the same in every language.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import (
    Count,
    F,
    Prefetch,
)
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.images import get_image_model

from core.filters import COUNTRY, THEME, YEAR, InvalidParameter, Parameter
from core.models import Country, Theme
from core.page_cache import kept_until_publish
from core.privacy import public_in_every_locale

from .models import ArticleKind

PAGE_SIZE = 12
TAG_OPTIONS = 20

KIND = Parameter("kind", choices=ArticleKind.values)
TAG = Parameter("tag", pattern=r'^[^\x00-\x1f\x7f<>"]{1,100}$')


NEWEST_FIRST = (
    F("publication_date").desc(nulls_last=True),
    F("first_published_at").desc(nulls_last=True),
    "-pk",
)


def newest_first(queryset):
    return queryset.order_by(*NEWEST_FIRST)


def live_publications(index_page):
    """The index page's own live publications that no view restriction reaches (in any
    language: core/privacy.py), newest first."""
    model = index_page.publication_model
    return newest_first(public_in_every_locale(model.objects.child_of(index_page).live()))


def with_card_data(queryset, topics=True):
    """Attach what a card and its byline show (the hero image with its renditions, the
    authors, the countries) and, with ``topics``, the themes and tags a feed item carries,
    in a fixed number of queries."""
    author_model = queryset.model._meta.get_field("authors").related_model
    tag_model = queryset.model._meta.get_field("tagged_items").related_model
    related = [
        Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions()),
        Prefetch("authors", queryset=author_model.objects.select_related("person")),
        "countries",
    ]
    if topics:
        related += ["themes", Prefetch("tagged_items", tag_model.objects.select_related("tag"))]
    return queryset.select_related("locale").prefetch_related(*related)


def localized(objects, locale_id):
    """Each translatable snippet in the locale ``locale_id`` where it exists, else itself.

    Translated pages keep pointing at the taxonomy rows of the page they came from; this
    finds the rows in the reader's language with one query for the whole list.
    """
    objects = list(objects)
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale_id}
    if not keys:
        return objects
    model = type(objects[0])
    translations = {
        row.translation_key: row
        for row in model.objects.filter(locale_id=locale_id, translation_key__in=keys)
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def names_by_code(model, code_field, codes, locale_id):
    """Display names of taxonomy rows by slug or ISO code, preferring the locale's own."""
    names = {}
    rows = model.objects.filter(**{f"{code_field}__in": codes}).values_list(
        code_field, "name", "locale_id"
    )
    for code, name, row_locale_id in rows:
        if code not in names or row_locale_id == locale_id:
            names[code] = name
    return names


@dataclass
class Facet:
    """One filter of the listing: its query parameter, how it narrows and how it counts."""

    name: str
    label: str
    lookup: str
    parameter: Parameter

    def clean(self, raw):
        """The value to filter by, or None when the parameter is absent or malformed."""
        try:
            return self.parameter.clean(raw)
        except InvalidParameter:
            return None

    def apply(self, queryset, value):
        return queryset.filter(**{self.lookup: value})

    def counts(self, queryset):
        """(value, count) of each value among ``queryset``'s publications."""
        rows = queryset.order_by().values_list(self.lookup).annotate(n=Count("pk", distinct=True))
        return [(str(value), count) for value, count in rows if value is not None]

    def labels(self, values, locale_id):
        """Display name of each value, where it is not the value itself."""
        return {}

    def sort(self, options):
        return sorted(options, key=lambda option: str(option.label).casefold())


class KindFacet(Facet):
    def counts(self, queryset):
        found = dict(super().counts(queryset))
        return [(kind, found.get(kind, 0)) for kind in ArticleKind.values]

    def labels(self, values, locale_id):
        return dict(ArticleKind.choices)

    def sort(self, options):
        return options


class TaxonomyFacet(Facet):
    model = None
    code_field = ""

    def labels(self, values, locale_id):
        return names_by_code(self.model, self.code_field, values, locale_id)


class ThemeFacet(TaxonomyFacet):
    model = Theme
    code_field = "slug"


class CountryFacet(TaxonomyFacet):
    model = Country
    code_field = "iso_code"


class YearFacet(Facet):
    def sort(self, options):
        return sorted(options, key=lambda option: option.value, reverse=True)


class TagFacet(Facet):
    """Free tags, by slug; only the most used are offered, but any tag can be filtered."""

    def counts(self, queryset):
        pairs = super().counts(queryset)
        return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))[:TAG_OPTIONS]

    def labels(self, values, locale_id):
        return dict(Tag.objects.filter(slug__in=values).values_list("slug", "name"))

    def sort(self, options):
        return options


FACETS = {
    facet.name: facet
    for facet in [
        KindFacet("kind", _("Kind"), "kind", KIND),
        ThemeFacet("theme", _("Theme"), "themes__slug", THEME),
        CountryFacet("country", _("Country"), "countries__iso_code", COUNTRY),
        YearFacet("year", _("Year"), "publication_year", YEAR),
        TagFacet("tag", _("Tag"), "tagged_items__tag__slug", TAG),
    ]
}


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    url: str
    selected: bool


@dataclass(frozen=True)
class FacetOptions:
    """A facet as the template shows it: a heading and its linked options."""

    name: str
    label: str
    options: list


@dataclass(frozen=True)
class Chip:
    """An active filter and the address that removes it."""

    label: str
    value: str
    url: str


@dataclass(frozen=True)
class Card:
    """A listed page with the byline under its card, in the reader's language."""

    page: object
    authors: list
    countries: list


class PublicationListing:
    """The publications of an index page as one request filters and pages them."""

    def __init__(self, index_page, request):
        self.path = request.path
        self.locale_id = index_page.locale_id
        self.facets = [FACETS[name] for name in index_page.facet_names]
        self.selected = {}
        for facet in self.facets:
            value = facet.clean(request.GET.get(facet.name))
            if value is not None:
                self.selected[facet.name] = str(value)
        self.base = live_publications(index_page)
        paginator = Paginator(with_card_data(self.filtered(), topics=False), PAGE_SIZE)
        self.page_obj = paginator.get_page(request.GET.get("page"))
        self.count = paginator.count
        self.cards = self._cards(list(self.page_obj.object_list))
        self.facet_options = self._all_options(index_page, request)
        self.chips = self._chips()

    def filtered(self, exclude=None):
        """The listed publications narrowed by every selected filter but ``exclude``."""
        queryset = self.base
        for facet in self.facets:
            if facet.name in self.selected and facet.name != exclude:
                queryset = facet.apply(queryset, self.selected[facet.name])
        return queryset

    def url_with(self, **changes):
        """This listing's address with some filters changed (None removes one), on page 1."""
        params = {**self.selected, **changes}
        query = [(f.name, params[f.name]) for f in self.facets if params.get(f.name)]
        return f"{self.path}?{urlencode(query)}" if query else self.path

    @property
    def clear_url(self):
        return self.path

    def _all_options(self, index_page, request):
        """Every facet's options, counted once per filter combination until the next publish
        (they depend only on live pages), or afresh for a preview."""
        if getattr(request, "is_preview", False):
            return [self._options(facet) for facet in self.facets]
        state = urlencode(sorted(self.selected.items()))
        key = f"publication-facets:{index_page.pk}:{get_language()}:{self.path}?{state}"
        return kept_until_publish(key, lambda: [self._options(f) for f in self.facets])

    def _options(self, facet):
        """A facet's options; the counts ignore the facet's own selection, so they add up."""
        counts = facet.counts(self.filtered(exclude=facet.name))
        labels = facet.labels([value for value, _count in counts], self.locale_id)
        selected = self.selected.get(facet.name)
        options = [
            Option(
                value=value,
                label=labels.get(value, value),
                count=count,
                url=self.url_with(**{facet.name: None if value == selected else value}),
                selected=value == selected,
            )
            for value, count in counts
        ]
        return FacetOptions(facet.name, facet.label, facet.sort(options))

    def _chips(self):
        labels = {
            (facet.name, option.value): option.label
            for facet in self.facet_options
            for option in facet.options
        }
        return [
            Chip(
                label=facet.label,
                value=labels.get((facet.name, value), value),
                url=self.url_with(**{facet.name: None}),
            )
            for facet in self.facets
            if (value := self.selected.get(facet.name)) is not None
        ]

    def _cards(self, pages):
        people = localized(
            {link.person for page in pages for link in page.authors.all()}, self.locale_id
        )
        countries = localized(
            {country for page in pages for country in page.countries.all()}, self.locale_id
        )
        by_key = {obj.translation_key: obj for obj in [*people, *countries]}
        return [
            Card(
                page=page,
                authors=[by_key[link.person.translation_key] for link in page.authors.all()],
                countries=[by_key[country.translation_key] for country in page.countries.all()],
            )
            for page in pages
        ]
