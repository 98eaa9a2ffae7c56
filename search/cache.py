"""Search answers kept per page cache generation (``core/page_cache.py``).

Every publish, unpublish, move or delete, and every change to a country, theme or view
restriction, moves the generation on, so nothing kept here outlives the content it was
computed from; ``TIMEOUT`` bounds how long a query nobody repeats takes up room. Popular
queries are the ones that gain: their facet counts and their ranked pages of ids are
computed once per generation instead of once per visitor.
"""

import hashlib

from django.core.cache import cache

from core.page_cache import generation

TIMEOUT = 600


def cached(kind, parts, compute):
    """``compute()``, or what it returned for the same ``parts`` in this generation."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    key = f"search-{kind}:{generation()}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=TIMEOUT)
    return value
