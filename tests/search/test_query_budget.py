"""The search page and API make the same number of queries for a few results or a full page,
across page types with their facets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.articles.factories import ArticleIndexPageFactory, NewsIndexPageFactory, NewsPageFactory

from .factories import grantee, grants_index, standard, taxonomy

pytestmark = pytest.mark.django_db

BUDGET = {"/en/search/": 22, "/api/search": 16}  # measured: 21 and 15


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
        grantee(grants, f"Water grantee {n}", countries["KG"], [themes["older-people"]])


def queries(client, url, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/en/search/", "/api/search"])
def test_queries_do_not_grow_with_the_results(client, home_page, url):
    countries, themes = taxonomy()
    ArticleIndexPageFactory(parent=home_page)
    indexes = (NewsIndexPageFactory(parent=home_page), grants_index(home_page))
    params = {"q": "water wells", "country": "KZ"}

    add_results(home_page, indexes, countries, themes, range(1))
    client.get(url, params)  # renditions and caches warmed the way a second visitor finds them
    few = queries(client, url, params)
    add_results(home_page, indexes, countries, themes, range(1, 13))
    client.get(url, params)
    many = queries(client, url, params)

    assert many == few, (few, many)
    assert many <= BUDGET[url]
