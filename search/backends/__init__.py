"""The search backends of the hub and the two things the search page needs from them.

``search.backends.database`` (the default) and ``search.backends.elasticsearch9`` are
Wagtail's backends taught to analyse each language its own way; ``search/conf.py``
configures them.
"""

from modelsearch.backends import get_search_backend

# Elasticsearch returns at most this many hits to count facets on (its default
# ``index.max_result_window``); the database backends count every hit.
MAX_HITS_FOR_FACETS = 10_000


def backend_for(language=None):
    """The default backend, querying as ``language`` ("ru") or as no language in particular."""
    return get_search_backend("default", LANGUAGE=language)


def hit_ids(results):
    """The primary keys of every hit, for a ``pk__in=`` filter.

    The database backends give a lazy subquery, so the facets are counted in one SQL
    statement with the full text match; Elasticsearch gives a list of up to
    ``MAX_HITS_FOR_FACETS`` keys from one request.
    """
    if hasattr(results, "hit_ids"):
        return results.hit_ids(MAX_HITS_FOR_FACETS)
    if hasattr(results, "get_queryset"):
        return results.get_queryset().values("pk")
    return []
