"""The demo loader's library and newsroom: enough sample content to browse every filter.

A second run of the loader changes no document and no home page section
(``tests/demo/test_content.py``).
"""

from collections import Counter

import pytest
from bs4 import BeautifulSoup
from wagtail.documents import get_document_model

from articles.models import ArticleKind, ArticlePage, NewsPage
from demo import articles as demo
from demo.utils import SAMPLE_COLLECTION


def english(model):
    return model.objects.filter(locale__language_code="en")


COUNTRY_CODES = ["AZ", "KZ", "KG", "TJ", "TM", "UZ"]


@pytest.mark.django_db
def test_demo_library_and_newsroom(client, demo_site):
    articles = english(ArticlePage)
    news = english(NewsPage)

    kinds = Counter(articles.values_list("kind", flat=True))
    assert all(kinds[kind] >= 6 for kind in ArticleKind.values)
    assert news.count() >= 24
    for pages in (articles, news):
        assert set(pages.values_list("countries__iso_code", flat=True)) == set(COUNTRY_CODES)
        years = set(pages.values_list("publication_year", flat=True))
        assert set(range(2016, 2022)) <= years and max(years) > 2021
        assert all(page.authors.exists() and page.hero_image_id for page in pages)
    themes = set(articles.values_list("themes__slug", flat=True)) | set(
        news.values_list("themes__slug", flat=True)
    )
    assert len(themes) == 8

    documents = get_document_model().objects.filter(collection__name=SAMPLE_COLLECTION)
    assert documents.count() == 12
    assert all(doc.file_size and doc.file.read(5) == b"%PDF-" for doc in documents)
    for article in articles.filter(kind__in=["policy", "resource"]):
        assert len(article.documents) == 1

    # Every language serves the sections (aliases of English until translated).
    for code in ["en", "ru", "az"]:
        html = BeautifulSoup(client.get(f"/{code}/library/?kind=policy").content, "html.parser")
        assert html.select_one(".result-count").get_text().startswith("6 ")
        assert client.get(f"/{code}/news/feed/").status_code == 200
    html = BeautifulSoup(client.get("/en/news/?page=2").content, "html.parser")
    assert len(html.select(".publication-listing .card")) == 12
    detail = client.get(articles.filter(kind="policy").first().url).content.decode()
    assert "Sample content" in detail and ".pdf" in detail

    home = BeautifulSoup(client.get("/en/").content, "html.parser")
    cards = {
        section.h2.get_text(): len(section.select(".card"))
        for section in home.select(".home-section--latest")
    }
    assert list(cards).index("Latest news") < list(cards).index("From the library")
    assert cards["Latest news"] == cards["From the library"] == 3

    demo.reset()
    assert not get_document_model().objects.filter(collection__name=SAMPLE_COLLECTION).exists()
