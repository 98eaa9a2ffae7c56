"""The page types the search finds, and where each keeps its country, theme and year.

One entry per ``type`` value of the search page and API (``?type=news``). A page type plugs
into the search by adding an entry here: the model, an optional field condition (library
articles are one model with four kinds), and the lookups from the model to a country's ISO
code, a theme's slug and the year the result is dated by. A type without countries or
themes (courses have no country) simply never matches a country or theme filter.

Models are named by label and resolved when first used, so an app that is not installed
drops its types instead of breaking the search.
"""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils.translation import pgettext_lazy

FACETS = ("type", "country", "theme", "year")


@dataclass(frozen=True)
class SearchType:
    value: str
    label: str
    model_label: str
    condition: tuple = ()  # (field, value) pairs the page must have, e.g. (("kind", "policy"),)
    country: str | None = None  # lookup to the ISO 3166-1 alpha-2 code
    theme: str | None = None  # lookup to the theme slug
    date: str = "first_published_at"  # lookup to the date shown (the latest, if several)
    year: str = "first_published_at__year"  # lookup to the year(s) of that date

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def lookup(self, facet):
        """The lookup that gives this type's value of a facet (None: the type has none)."""
        return {"country": self.country, "theme": self.theme, "year": self.year}[facet]

    def describes(self, page):
        return type(page) is self.model and all(
            getattr(page, field) == value for field, value in self.condition
        )


def _publication(value, label, model_label, condition=()):
    return SearchType(
        value,
        label,
        model_label,
        condition,
        country="countries__iso_code",
        theme="themes__slug",
        date="publication_date",
        year="publication_year",
    )


SEARCH_TYPES = (
    _publication("news", pgettext_lazy("search result type", "News"), "articles.NewsPage"),
    *(
        _publication(kind, label, "articles.ArticlePage", (("kind", kind),))
        for kind, label in (
            ("analysis", pgettext_lazy("search result type", "Analysis")),
            ("policy", pgettext_lazy("search result type", "Policy")),
            ("resource", pgettext_lazy("search result type", "Resource")),
            ("essay", pgettext_lazy("search result type", "Essay")),
        )
    ),
    SearchType(
        "course",
        pgettext_lazy("search result type", "Course"),
        "academy.CoursePage",
        theme="themes__slug",
    ),
    SearchType(
        "grantee",
        pgettext_lazy("search result type", "Grantee"),
        "grants.GranteePage",
        country="country__iso_code",
        theme="themes__slug",
        # Grantees are dated by their grants, as on the grants page's year filter.
        date="grants__start_date",
        year="grants__start_date__year",
    ),
    *(
        SearchType("page", pgettext_lazy("search result type", "Page"), label)
        for label in (
            "home.StandardPage",
            "articles.NewsIndexPage",
            "articles.ArticleIndexPage",
            "academy.CourseIndexPage",
            "grants.GrantsIndexPage",
        )
    ),
)


def _installed(search_type):
    try:
        search_type.model  # noqa: B018 - resolving the label is the check
    except LookupError:
        return False
    return True


@cache
def search_types():
    """The entries whose models are installed, in the order the type facet lists them."""
    return tuple(entry for entry in SEARCH_TYPES if _installed(entry))


def type_values():
    """The ``type`` values, each once, in order."""
    return tuple(dict.fromkeys(entry.value for entry in search_types()))


def type_label(value):
    return next((entry.label for entry in search_types() if entry.value == value), value)


def type_of(page):
    """The ``type`` value of a specific page instance."""
    return next((entry.value for entry in search_types() if entry.describes(page)), "page")


RELATED_DATE = "search_related_date"


def with_dates(pages):
    """``pages`` (a queryset of one page model) with the latest related date of their type
    annotated, so the results read it with the pages instead of in a query of its own."""
    entry = next(
        (entry for entry in search_types() if entry.model is pages.model and "__" in entry.date),
        None,
    )
    if entry is None:
        return pages
    return pages.annotate(**{RELATED_DATE: Max(entry.date)})


def dates_of(pages):
    """Page id to the date each result is shown with: a field of the page, or the latest
    of a related date (a grantee's grants), fetched in one query per such type."""
    dates = {}
    related = {}
    for page in pages:
        entry = next((entry for entry in search_types() if entry.describes(page)), None)
        if entry is None or entry.date == "first_published_at":
            dates[page.pk] = page.first_published_at
        elif "__" in entry.date:
            if hasattr(page, RELATED_DATE):  # read with the page (``with_dates``)
                dates[page.pk] = getattr(page, RELATED_DATE)
            else:
                related.setdefault(entry, []).append(page.pk)
        else:
            dates[page.pk] = getattr(page, entry.date) or page.first_published_at
    for entry, ids in related.items():
        rows = (
            entry.model._default_manager.filter(pk__in=ids)
            .values_list("pk")
            .annotate(latest=Max(entry.date))
        )
        dates.update(rows)
    return dates


def content_type_ids():
    """The content types the search looks at (cached by Django after the first call)."""
    models = {entry.model for entry in search_types()}
    return sorted(ct.pk for ct in ContentType.objects.get_for_models(*models).values())
