"""Every kind of public page makes a bounded number of SQL queries when the page cache
cannot answer, the same with few items on it as with many."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.page_cache import invalidate_pages
from grants.models import GranteePhoto
from tests.academy.factories import CourseIndexPageFactory, CoursePageFactory
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import (
    CountryFactory,
    ImageFactory,
    PersonFactory,
    StandardPageFactory,
    ThemeFactory,
)
from tests.grants.factories import GrantsIndexPageFactory, add_grantee

pytestmark = pytest.mark.django_db

# docs/architecture.md: at most 15 queries for an HTML page the cache does not hold.
BUDGET = 15


def build_sections(home):
    StandardPageFactory(parent=home, title="About", slug="about", show_in_menus=True)
    return {
        "news": NewsIndexPageFactory(parent=home, show_in_menus=True),
        "library": ArticleIndexPageFactory(parent=home, show_in_menus=True),
        "academy": CourseIndexPageFactory(parent=home, show_in_menus=True),
        "grants": GrantsIndexPageFactory(parent=home, show_in_menus=True),
        "theme": ThemeFactory(slug="water", name="Water"),
        "country": CountryFactory(iso_code="KZ", name="Kazakhstan"),
    }


def add_items(sections, numbers):
    """An item of every kind per number, each with pictures, a theme, a country, authors."""
    theme, country = sections["theme"], sections["country"]
    for number in numbers:
        people = [PersonFactory(photo=ImageFactory()) for _ in range(2)]
        for factory, parent in ((NewsPageFactory, "news"), (ArticlePageFactory, "library")):
            factory(
                parent=sections[parent],
                slug=f"{parent}-{number}",
                hero_image=ImageFactory(),
                hero_image_alt="A picture",
                themes=[theme],
                countries=[country],
                authors=people,
                tags=["water", f"tag-{number}"],
            )
        CoursePageFactory(
            parent=sections["academy"],
            slug=f"course-{number}",
            cover_image=ImageFactory(),
            cover_image_alt="A picture",
            themes=[theme],
        )
        grantee = add_grantee(
            sections["grants"], country, [(theme, "1000.00", 2019)], slug=f"grantee-{number}"
        )
        GranteePhoto.objects.create(page=grantee, image=ImageFactory(), alt_text="Photo")


# Queries of each page type when the page cache cannot answer, the same at both sizes.
# What every visitor of a live page sees the same is kept until the next publish (core/
# page_cache.py): the chrome (homes, menu, language links, breadcrumbs, site settings),
# where a path leads, the restricted paths, a listing's facet counts, a publication's or a
# grantee's people, taxonomy, pictures and related pages, the grants page's statistics.
# What is left is the site, the locale, the home and the page itself, and a listing's own
# page of items with their images, renditions, authors and countries.
PAGES = {
    "/en/": 3,
    "/en/about/": 4,
    "/en/news/": 10,
    "/en/news/news-0/": 4,
    "/en/library/": 10,
    "/en/library/library-0/": 4,
    "/en/academy/": 10,
    "/en/academy/course-0/": 11,
    "/en/grants/": 9,
    "/en/grants/grantee-0/": 4,
    "/en/search/?q=water": 9,
}
SEARCH = "/en/search/?q=water"


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def counts(client, home_page, settings, monkeypatch):
    settings.PAGE_CACHE_ENABLED = False
    # As in production (Redis), nothing is dropped from the cache for want of room.
    monkeypatch.setattr(caches["default"], "_max_entries", 100_000)
    sections = build_sections(home_page)
    sizes = {}
    for size, numbers in ((2, range(2)), (12, range(2, 12))):
        add_items(sections, numbers)
        invalidate_pages()  # as publishing them would
        for url in [*PAGES, *PAGES]:  # the first visits make the images' renditions
            client.get(url)
        sizes[size] = {url: count_queries(client, url) for url in PAGES}
    return sizes


def test_every_page_type_stays_within_its_budget_at_two_sizes(counts):
    for url, budget in PAGES.items():
        if url != SEARCH:  # its query log sometimes adds a row, sometimes updates it
            assert counts[12][url] == counts[2][url], url
        assert counts[2][url] <= budget <= BUDGET, url
        assert counts[12][url] <= budget, url
