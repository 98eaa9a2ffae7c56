"""Typo tolerance: "Did you mean" when a search found nothing, and autocomplete that
forgives a typo.

Words are compared by their trigrams, as PostgreSQL's ``pg_trgm`` compares them: the set
of three-letter pieces of the word padded with two spaces before and one after, and the
share of pieces two words have in common (``similarity``). Both sides are compared as
search keys (core/scripts.py), so ``ё`` and ``е``, and the Latin and Cyrillic spellings
of uz/kk/tk/az, are the same letters here too.

Where the candidate words come from depends on the database:

- **PostgreSQL**: the titles of the search index (``title_text``, which also holds the
  titles' script-folded keys) whose words are similar to a query word by ``pg_trgm``'s
  word similarity (the ``%>`` operator), answered from the trigram GIN index of
  ``search/migrations/0003``, in the locale's public pages;
- **SQLite and Elasticsearch**: the words of the titles of the locale's
  ``VOCABULARY_TITLES`` most recently published pages, a bounded vocabulary; a word only
  found in older titles is not suggested.

A suggestion is offered only when it differs from what was typed and itself finds
something; it is kept per page cache generation (``search/cache.py``).
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import F, FloatField, IntegerField, Q, TextField, Value
from django.db.models.functions import Cast, Greatest
from modelsearch.utils import get_descendants_content_types_pks

from core.scripts import fold

from .cache import cached
from .query import MAX_WORDS, WORD

VOCABULARY_TITLES = 2000
CANDIDATE_TITLES = 50
# The least similarity (0 to 1) a title word needs to be suggested for a query word: a
# typo of one letter in a five-letter word leaves about 0.4.
MIN_SIMILARITY = 0.35
# pg_trgm's word similarity a title needs to be a candidate (its default, 0.6, misses a
# typo in the middle of an eight-letter word such as "toshkant" for "tashkent").
WORD_SIMILARITY_THRESHOLD = 0.45


@dataclass(frozen=True)
class Suggestion:
    """The words to search for instead, as the visitor's query with its typos replaced."""

    text: str


def trigrams(word):
    """The trigrams of one lower case word, padded as pg_trgm pads it."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(first, second):
    """pg_trgm's ``similarity`` of two words: shared trigrams over all trigrams."""
    a, b = trigrams(first), trigrams(second)
    return len(a & b) / len(a | b) if a and b else 0.0


def uses_trigrams():
    return connection.vendor == "postgresql"


def _index_entries(scope):
    """The search index rows of ``scope``'s pages (page ids are integers)."""
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    return IndexEntry.objects.filter(
        content_type_id__in=get_descendants_content_types_pks(scope.model)
    ).annotate(page_id=Cast("object_id", IntegerField()))


def _use_threshold():
    """Set this connection's ``%>`` threshold (one statement; the index still answers)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
            [str(WORD_SIMILARITY_THRESHOLD)],
        )


def _word_similar(text):
    """``title_text %> text``: a word of the title is similar to ``text``; GIN-indexed."""
    from django.contrib.postgres.lookups import TrigramWordSimilar

    return TrigramWordSimilar(F("title_text"), Value(text, output_field=TextField()))


def _closeness(texts):
    from django.contrib.postgres.search import TrigramWordSimilarity

    parts = [TrigramWordSimilarity(text, "title_text") for text in texts]
    return parts[0] if len(parts) == 1 else Greatest(*parts, output_field=FloatField())


def similar_title_ids(texts, scope, limit):
    """PostgreSQL: the ids and content types of up to ``limit`` pages of ``scope`` whose
    title has a word similar to one of ``texts``, most similar first (autocomplete's typo
    tolerance)."""
    _use_threshold()
    condition = Q()
    for text in texts:
        condition |= Q(_word_similar(text))
    rows = (
        _index_entries(scope)
        .filter(condition, page_id__in=scope.order_by().values("pk"))
        .annotate(closeness=_closeness(texts))
        .order_by("-closeness", "-page_id")
        .values_list("page_id", "content_type_id")
    )
    return list(rows[:limit])


def _candidate_titles(words, scope):
    """Titles whose words may be what ``words`` meant: similar by trigrams (PostgreSQL),
    else the most recently published titles."""
    if uses_trigrams():
        _use_threshold()
        condition = Q()
        for word in words:
            condition |= Q(_word_similar(word))
        return list(
            _index_entries(scope)
            .filter(condition, page_id__in=scope.order_by().values("pk"))
            .annotate(closeness=_closeness(words))
            .order_by("-closeness")
            .values_list("title_text", flat=True)[:CANDIDATE_TITLES]
        )
    titles = scope.order_by("-last_published_at").values_list("title", flat=True)
    return list(titles[:VOCABULARY_TITLES])


def closest_words(words, titles, language):
    """``words`` with each one that no title has replaced by the closest title word, or
    None when none of them changes."""
    vocabulary = {}
    for title in titles:
        for word in WORD.findall(title.lower()):
            vocabulary.setdefault(fold(word, language), word)
    chosen = []
    for word in words:
        key = fold(word, language)
        if key in vocabulary:
            chosen.append(word)
            continue
        best = max(vocabulary, key=lambda other: similarity(key, other), default=None)
        if best is None or similarity(key, best) < MIN_SIMILARITY:
            chosen.append(word)
        else:
            chosen.append(vocabulary[best])
    if [word.lower() for word in words] == chosen:
        return None
    return chosen


def did_you_mean(words, language, scope, finds_anything):
    """The ``Suggestion`` for a query that found nothing in ``scope``, or None.
    ``finds_anything(text)`` tells whether the suggested words find a page."""
    words = tuple(word.lower() for word in words[:MAX_WORDS])
    if not words:
        return None

    def compute():
        typed = {*words, *(fold(word, language) for word in words)}
        chosen = closest_words(words, _candidate_titles(sorted(typed), scope), language)
        if chosen is None:
            return ""
        text = " ".join(chosen)
        return text if finds_anything(text) else ""

    text = cached("suggestion", (language, words, str(scope.query)), compute)
    return Suggestion(text) if text else None
