"""A page listing with every field costs at most 12 queries for 5, 20 or 50 pages of any
type, with the local-memory cache and with Redis, and only a couple more on the first
request after a publish (when what is kept until the next publish is read again)."""

import socket
import uuid

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.page_cache import invalidate_pages
from tests.api.conftest import api_get
from tests.core.test_page_query_budget import add_items, build_sections

pytestmark = pytest.mark.django_db

BUDGET = 12
# The first listing after a publish reads the restricted pages' paths and the homes' paths
# again (core/privacy.py, api/references.py).
AFTER_PUBLISH = BUDGET + 2
SIZES = (5, 20, 50)
ITEM_TYPES = [
    "articles.ArticlePage",
    "articles.NewsPage",
    "academy.CoursePage",
    "grants.GranteePage",
]
TYPES = [
    *ITEM_TYPES,
    "home.StandardPage",
    "home.HomePage",
    None,  # every type, with the fields every page has
]


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def cache_backends():
    """Local memory (as in development) and Redis (as in production), when it runs."""
    # As with Redis, nothing is dropped for want of room.
    yield (
        "locmem",
        {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    )
    if redis_reachable():
        yield (
            "redis",
            {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": "redis://127.0.0.1:6379/9",
                "KEY_PREFIX": f"test-{uuid.uuid4().hex}",  # a run of its own
            },
        )


def listing_queries(client, page_type, limit):
    params = {"fields": "*", "limit": limit}
    if page_type:
        params["type"] = page_type
    with CaptureQueriesContext(connection) as captured:
        response = api_get(client, "/api/v2/pages/", **params)
    assert response.status_code == 200
    return len(captured), len(response.json()["items"])


def test_listings_of_every_type_stay_within_12_queries(client, home_page, settings):
    # The pages are built once (50 of every kind) and listed 5, 20 and 50 at a time.
    add_items(build_sections(home_page), range(max(SIZES)))
    backends = []
    for backend, config in cache_backends():
        backends.append(backend)
        settings.CACHES = {"default": config}
        counts = {}
        for size in SIZES:
            for page_type in TYPES:
                listing_queries(client, page_type, size)  # makes the images' renditions once
                invalidate_pages()  # as a publish would
                after_publish, _items = listing_queries(client, page_type, size)
                warm, items = listing_queries(client, page_type, size)
                counts[size, page_type] = warm
                assert warm <= BUDGET, (backend, size, page_type, warm)
                assert after_publish <= AFTER_PUBLISH, (backend, size, page_type)
                if page_type in ITEM_TYPES or page_type is None:
                    assert items == size, page_type
        caches["default"].clear()
        for page_type in TYPES:
            assert len({counts[size, page_type] for size in SIZES}) == 1, (backend, page_type)
    if "redis" not in backends:
        pytest.skip("checked with the local-memory cache only: no Redis on 127.0.0.1:6379")
