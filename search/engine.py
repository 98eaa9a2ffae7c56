"""Running a search: results for the page asked for, facets, promoted pages, and other
languages' matches when nothing was found. How a search is shaped (its parameters, its
scope) is ``search/query.py``; this module executes it with as few statements as the
numbers in README.md's Search section allow:

- the full text match runs once for the facets and the totals (``search/facets.py``),
  cached per page cache generation;
- only the page of results shown is ranked and fetched (``ranked_pages``): one ranking
  statement returns its ids and content types, then the pages are read from their own
  tables, one query per page type shown;
- typos: a search that found nothing offers the closest title words ("Did you mean"),
  and autocomplete falls back on titles similar by trigrams on PostgreSQL
  (``search/suggestions.py``).
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from core.privacy import public_in_every_locale
from core.scripts import query_keys

from . import backends, facets, registry, suggestions
from .cache import cached
from .hits import record
from .query import MAX_WORDS, PAGE_SIZE, InvalidSearch, clean_text, normalised
from .registry import content_type_ids
from .results import OtherLanguage, SearchOutcome, describe_all

OTHER_LANGUAGE_HITS = 3


def public_pages():
    """Live pages that no view restriction reaches in any language (core/privacy.py), of
    the types the search knows."""
    pages = Page.objects.live().filter(content_type_id__in=content_type_ids())
    return public_in_every_locale(pages)


def search_keys(text, language):
    """What the backend looks for: the query's words as search keys of ``language``, so
    any script and spelling of a word finds the others (core/scripts.py)."""
    return " ".join(query_keys(text, language, MAX_WORDS))


def ranked_pages(backend, query_string, scope, start, stop, autocomplete=False):
    """The specific pages of the hits from ``start`` to ``stop``, best first.

    The database backends rank in one statement that returns ids and content types only,
    kept per page cache generation, then the pages are read by id (one query per page
    type); a search server returns the slice itself."""
    if not hasattr(backend, "ranked_ids"):
        search = backend.autocomplete if autocomplete else backend.search
        return list(search(query_string, scope.specific(), operator="and")[start:stop])
    # "ranked-typed": (id, content type) pairs; "ranked" entries held plain ids.
    hits = cached(
        "ranked-typed",
        (query_string, autocomplete, start, stop, str(scope.query)),
        lambda: backend.ranked_ids(query_string, scope, start, stop, autocomplete=autocomplete),
    )
    return pages_by_id(hits)


def pages_by_id(hits):
    """The specific pages of ``hits`` (page id and content type pairs), in that order: one
    query per page type, read from its own model."""
    by_type = defaultdict(list)
    for pk, content_type_id in hits:
        by_type[content_type_id].append(pk)
    pages = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, Page):
            found = Page.objects.filter(pk__in=ids).specific()
        else:
            found = registry.with_dates(model._default_manager.filter(pk__in=ids))
        pages.update((page.pk, page) for page in found)
    return [pages[pk] for pk, _type in hits if pk in pages]


def match_ids(backend, query_string, scope):
    """Every hit's id, for the facet statement: a subquery on the database backends, a list
    of up to ``backends.MAX_HITS_FOR_FACETS`` ids from a search server."""
    if hasattr(backend, "match_ids"):
        return backend.match_ids(query_string, scope)
    return backends.hit_ids(backend.search(query_string, scope, operator="and"))


class RankedHits:
    """The ranked hits as a sequence a Paginator can slice, their number known already."""

    def __init__(self, backend, query_string, scope, total):
        self.backend, self.query_string, self.scope, self.total = (
            backend,
            query_string,
            scope,
            total,
        )

    def count(self):
        return self.total

    def __getitem__(self, key):
        start = key.start or 0
        stop = self.total if key.stop is None else min(key.stop, self.total)
        if stop <= start:
            return []
        return ranked_pages(self.backend, self.query_string, self.scope, start, stop)


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
                % {"number": number, "last": paginator.num_pages},
                status=404,
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


def _results(keys, params, scope, backend, promoted, counts, strict):
    """The paginator's page of promoted and ranked results that pass the filters."""
    condition = facets.filter_condition(params.filters)
    promoted_ids = [page.pk for page in promoted]
    if promoted and params.filters:
        passing = set(scope.filter(condition, pk__in=promoted_ids).values_list("pk", flat=True))
        promoted = [page for page in promoted if page.pk in passing]
    ranked_scope = scope.filter(condition).exclude(pk__in=promoted_ids)
    ranked = RankedHits(backend, keys, ranked_scope, max(0, counts.matching - len(promoted)))
    paginator = Paginator(PromotedFirst(promoted, ranked), PAGE_SIZE)
    return promoted, page_of(paginator, params.page, strict)


def run_search(params, locale, request, *, strict=False, absolute_urls=False, record_hits=True):
    """Search one locale: results for the page asked for, facets, and other languages'
    matches when there are no results."""
    outcome = SearchOutcome(params=params, locale=locale)
    if not params.words or locale is None:
        return outcome

    public = public_pages()
    scope = public.filter(locale=locale)
    backend = backends.backend_for(locale.language_code)
    promoted = promoted_pages(params.words, scope.specific())
    promoted_ids = [page.pk for page in promoted]
    keys = search_keys(params.text, locale.language_code)
    hits = match_ids(backend, keys, scope)
    if promoted_ids:
        hits = Page.objects.filter(Q(pk__in=hits) | Q(pk__in=promoted_ids)).values("pk")
    counts = facets.facet_counts(
        hits,
        params.filters,
        locale,
        query_string=keys,
        promoted_ids=promoted_ids,
    )
    promoted, outcome.page_obj = _results(keys, params, scope, backend, promoted, counts, strict)
    outcome.results = describe_all(
        outcome.page_obj.object_list,
        request,
        lambda page: locale.language_code,
        absolute=absolute_urls,
        promoted={page.pk for page in promoted},
    )
    outcome.facets = counts.facets
    if not counts.total:
        outcome.other_languages, outcome.other_language_results = search_elsewhere(
            params, locale, public, request
        )
        outcome.suggestion = suggest(params.words, locale, scope, backend)
    if record_hits:
        record(params, locale, counts.total > 0)
    return outcome


def suggest(words, locale, scope, backend):
    """What the visitor may have meant, when ``words`` found nothing (or None)."""

    def finds_anything(text):
        hits = match_ids(backend, search_keys(text, locale.language_code), scope)
        return bool(hits) if isinstance(hits, list) else hits.exists()

    return suggestions.did_you_mean(words, locale.language_code, scope, finds_anything)


def similar_titles(text, keys, scope, limit):
    """Autocomplete's typo tolerance (PostgreSQL): pages whose title has a word similar to
    what was typed, as written or as its search keys."""
    texts = sorted({" ".join(text.lower().split()), keys} - {""})
    hits = cached(
        "similar",
        (tuple(texts), limit, str(scope.query)),
        lambda: suggestions.similar_title_ids(texts, scope, limit),
    )
    return pages_by_id(hits)


def autocomplete(text, locale, request, limit=8):
    """Titles that start with what was typed, in one locale, best first; on PostgreSQL,
    when none does, titles with a word close to it (a typo)."""
    if locale is None:
        return []
    text = clean_text(text)
    keys = search_keys(text, locale.language_code)
    if len(keys.replace(" ", "")) < 2:
        return []
    scope = public_pages().filter(locale=locale)
    backend = backends.backend_for(locale.language_code)
    hits = ranked_pages(backend, keys, scope, 0, limit, autocomplete=True)
    if not hits and hasattr(backend, "ranked_ids") and suggestions.uses_trigrams():
        hits = similar_titles(text, keys, scope, limit)
    return describe_all(hits, request, lambda page: locale.language_code, absolute=True)
