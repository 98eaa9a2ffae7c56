"""The search page and API make the same number of queries at two sizes, across page types
with their facets, whether the facet counts and ranked ids come from the cache or not."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.page_cache import invalidate_pages
from tests.articles.factories import ArticleIndexPageFactory, NewsIndexPageFactory, NewsPageFactory

from .factories import grantee, grants_index, standard, taxonomy

pytestmark = pytest.mark.django_db

# README.md, Search: the match, the facets and the total in one statement, the page of
# results ranked in another (ids and content types), then the pages shown read from their
# own tables (one query per page type shown, grantees' grant dates included), the
# country and theme labels in one statement, the query counted in one upsert.
# (first visitor after a publish, second visitor): the first also pays the page chrome.
BUDGET = {"/en/search/": (12, 6), "/api/search": (7, 4)}


def add_results(home, indexes, countries, themes, numbers):
    news, grants = indexes
    for n in numbers:
        standard(home, f"Water page {n}", "Wells for villages.")
        NewsPageFactory(
            parent=news,
            title=f"Water news {n}",
            summary="Wells for villages.",
            countries=[countries["KZ"]],
            themes=[themes["fair-housing"]],
        )
        grantee(
            grants,
            f"Water grantee {n}",
            countries["KG"],
            [themes["older-people"]],
            summary="Wells for villages.",
        )


def queries(client, url, params, cold):
    if cold:
        invalidate_pages()  # as a publish does: the search's cached answers are dropped
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def counts(client, url, params):
    """Queries of a first visitor (nothing cached since the last publish) and a second."""
    client.get(url, params)  # renditions and site settings warmed as any visitor finds them
    return queries(client, url, params, cold=True), queries(client, url, params, cold=False)


@pytest.mark.parametrize("url", ["/en/search/", "/api/search"])
@pytest.mark.parametrize(
    "params", [{"q": "water wells", "type": "grantee"}, {"q": "water wells", "country": "KZ"}]
)
def test_queries_do_not_grow_with_the_results(client, home_page, url, params):
    countries, themes = taxonomy()
    ArticleIndexPageFactory(parent=home_page)
    indexes = (NewsIndexPageFactory(parent=home_page), grants_index(home_page))

    add_results(home_page, indexes, countries, themes, range(1))
    few = counts(client, url, params)
    add_results(home_page, indexes, countries, themes, range(1, 13))
    many = counts(client, url, params)

    assert many == few, (few, many)
    cold, warm = many
    assert cold <= BUDGET[url][0] and warm <= BUDGET[url][1], many


def test_cached_counts_are_dropped_when_a_page_is_published(client, home_page):
    standard(home_page, "Water page", "Wells for villages.")
    assert client.get("/api/search", {"q": "water"}).json()["total"] == 1
    standard(home_page, "Water tower", "A second result.")
    assert client.get("/api/search", {"q": "water"}).json()["total"] == 2
