"""RSS 2.0 feeds of the newsroom and the library, in every language."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from tests.factories import ImageFactory, PersonFactory, ThemeFactory

from .factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)


def channel(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(response.content)  # raises on invalid XML
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


@pytest.mark.django_db
def test_news_feed_lists_the_newest_twenty(client, newsroom):
    for number in range(22):
        NewsPageFactory(
            parent=newsroom,
            title=f"Item {number}",
            publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
    feed = channel(client.get("/en/news/feed/"))
    assert feed.findtext("title") == "News · Civil Society Hub"
    assert feed.findtext("link") == "http://localhost/en/news/"
    assert feed.findtext("language") == "en"
    titles = [item.findtext("title") for item in feed.findall("item")]
    assert titles == [f"Item {number}" for number in range(21, 1, -1)]


@pytest.mark.django_db
def test_feed_items_carry_link_summary_date_and_image(client, library):
    ArticlePageFactory(
        parent=library,
        title="Solar <heaters> & stoves",
        slug="solar",
        summary="Savings over five years.",
        publication_date=datetime.date(2021, 3, 4),
        hero_image=ImageFactory(width=1600, height=900),
        hero_image_alt="A roof",
        authors=[PersonFactory(name="Bakhtiyor Yusupov")],
        themes=[ThemeFactory(name="Green technology", slug="green-technology")],
        tags=["solar"],
    )
    ArticlePageFactory(parent=library, title="Without image", publication_date="2020-01-01")
    items = channel(client.get("/en/library/feed/")).findall("item")
    item = items[0]
    assert item.findtext("title") == "Solar <heaters> & stoves"
    assert item.findtext("link") == "http://localhost/en/library/solar/"
    assert item.findtext("guid") == "http://localhost/en/library/solar/"
    assert item.findtext("description") == "Savings over five years."
    assert item.findtext("pubDate").startswith("Thu, 04 Mar 2021")
    assert {category.text for category in item.findall("category")} == {
        "Green technology",
        "solar",
    }
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Bakhtiyor Yusupov"
    enclosure = item.find("enclosure")
    assert enclosure.get("type") == "image/jpeg"
    assert enclosure.get("url").startswith("http://localhost/media/images/")
    assert int(enclosure.get("length")) > 0
    assert items[1].find("enclosure") is None


@pytest.mark.django_db
def test_every_language_has_feeds_of_its_own_pages(client, translated_home):
    for code in ["en", "kk"]:
        news = NewsIndexPageFactory(parent=translated_home[code], title=f"News {code}")
        library = ArticleIndexPageFactory(parent=translated_home[code], title=f"Library {code}")
        NewsPageFactory(parent=news, title=f"Story in {code}", locale=news.locale)
        ArticlePageFactory(parent=library, title=f"Essay in {code}", locale=library.locale)
    for section in ["news", "library"]:
        feed = channel(client.get(f"/kk/{section}/feed/"))
        assert feed.findtext("language") == "kk"
        assert feed.findtext("link") == f"http://localhost/kk/{section}/"
        titles = [item.findtext("title") for item in feed.findall("item")]
        assert titles == ["Story in kk" if section == "news" else "Essay in kk"]


@pytest.mark.django_db
def test_listing_advertises_its_feed(client, newsroom):
    html = BeautifulSoup(client.get("/en/news/").content, "html.parser")
    link = html.select_one('link[rel="alternate"][type="application/rss+xml"]')
    assert (link["title"], link["href"]) == ("News", "/en/news/feed/")
    assert channel(client.get(link["href"])).findtext("title") == "News · Civil Society Hub"


FEED_QUERY_BUDGET = 20


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 25])
def test_feed_queries_do_not_grow(client, newsroom, django_assert_max_num_queries, count):
    image, person, theme = ImageFactory(), PersonFactory(), ThemeFactory()
    for _ in range(count):
        NewsPageFactory(
            parent=newsroom,
            hero_image=image,
            hero_image_alt="A field",
            authors=[person],
            themes=[theme],
            tags=["energy"],
        )
    client.get("/en/news/feed/")  # the first request generates the enclosure rendition
    with django_assert_max_num_queries(FEED_QUERY_BUDGET):
        feed = channel(client.get("/en/news/feed/"))
    assert len(feed.findall("item/enclosure")) == min(count, 20)
