"""What a search answers: results as the page and the API show them, facet options, the
other languages that have matches, and the outcome that holds them together."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Locale

from .query import SearchParams
from .registry import dates_of, type_label, type_of

SUMMARY_WORDS = 40


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
    suggestion: object = None  # search/suggestions.py: Suggestion, when nothing matched

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
            # With no result here: the words to search for instead ("Did you mean"), or null.
            "did_you_mean": self.suggestion.text if self.suggestion else None,
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
