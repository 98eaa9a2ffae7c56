"""What a reader sees on an article or news item, and what search engines and sharing see."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail_factories import DocumentFactory

from articles.models import ArticleAuthor, ArticleKind, ArticlePage, ArticleRelatedPage
from tests.factories import CountryFactory, ImageFactory, PersonFactory, ThemeFactory

from .factories import ArticlePageFactory, NewsPageFactory

WORDS = " ".join(["word"] * 450)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def housing(locales):
    return ThemeFactory(slug="fair-housing", name="Fair housing")


@pytest.fixture
def article(library, housing):
    return ArticlePageFactory(
        parent=library,
        title="Shared repairs",
        summary="Who pays for the roof.",
        kind=ArticleKind.ANALYSIS,
        hero_image=ImageFactory(width=1600, height=900),
        hero_image_alt="A roof in Almaty",
        body=[{"type": "paragraph", "value": f"<p>{WORDS}</p>"}],
        authors=[
            PersonFactory(name="Aigerim Sadykova", photo=ImageFactory()),
            PersonFactory(name="Rustam Nazarov"),
        ],
        themes=[housing],
        countries=[CountryFactory(iso_code="KZ", name="Kazakhstan")],
        tags=["repairs", "Apartment blocks"],
    )


@pytest.mark.django_db
def test_article_shows_breadcrumbs_byline_and_reading_time(client, article):
    html = soup(client.get(article.url))
    assert [li.get_text(strip=True) for li in html.select(".breadcrumbs li")] == [
        "Home",
        "Library",
        "Shared repairs",
    ]
    assert html.h1.get_text() == "Shared repairs"
    assert html.select_one(".publication__header .card__label").get_text() == "Analysis"
    meta = html.select_one(".publication__meta").get_text(" ", strip=True)
    assert "3 minutes read" in meta  # 4 summary words + 450 body words at 200 a minute
    assert html.select_one(".publication__meta time")["datetime"] == str(article.publication_date)
    people = html.select(".publication__authors .person")
    assert [p.select_one(".person__name").get_text() for p in people] == [
        "Aigerim Sadykova",
        "Rustam Nazarov",
    ]
    assert people[0].select_one("img.person__photo")
    assert html.select_one(".publication__hero img")["alt"] == "A roof in Almaty"


@pytest.mark.django_db
def test_themes_countries_and_tags_link_into_the_filtered_listing(client, article):
    html = soup(client.get(article.url))
    links = {a.get_text(): a["href"] for a in html.select(".publication__topics a")}
    assert links == {
        "Fair housing": "/en/library/?theme=fair-housing",
        "Kazakhstan": "/en/library/?country=KZ",
        "repairs": "/en/library/?tag=repairs",
        "Apartment blocks": "/en/library/?tag=apartment-blocks",
    }
    for href in links.values():
        listing = soup(client.get(href))
        assert "Shared repairs" in [a.get_text() for a in listing.select(".card__title a")]


@pytest.mark.django_db
def test_related_pages_chosen_by_editors_come_first(client, library, article, housing):
    chosen = ArticlePageFactory(parent=library, title="Chosen one")
    ArticlePageFactory(parent=library, title="Shares the theme", themes=[housing])
    article.related_links = [ArticleRelatedPage(related_page=chosen)]
    article.save()
    html = soup(client.get(article.url))
    assert [a.get_text() for a in html.select(".publication__related .card__title a")] == [
        "Chosen one"
    ]


@pytest.mark.django_db
def test_related_pages_default_to_the_newest_sharing_a_theme(client, library, article, housing):
    ArticlePageFactory(parent=library, title="Unrelated")
    ArticlePageFactory(
        parent=library, title="Older", themes=[housing], publication_date="2010-01-01"
    )
    ArticlePageFactory(parent=library, title="Draft", themes=[housing], live=False)
    for number in range(3):
        ArticlePageFactory(parent=library, title=f"Newer {number}", themes=[housing])
    html = soup(client.get(article.url))
    related = [a.get_text() for a in html.select(".publication__related .card__title a")]
    assert related == ["Newer 0", "Newer 1", "Newer 2"]


@pytest.mark.django_db
def test_share_links_are_plain_links(client, article):
    html = soup(client.get(article.url))
    links = {a.get_text(): a["href"] for a in html.select(".share-links a")}
    assert set(links) == {"Facebook", "X", "LinkedIn", "Telegram", "WhatsApp", "Email"}
    assert links["Facebook"] == (
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost%2Fen%2Flibrary%2Fshared-repairs%2F"
    )
    assert links["Email"].startswith("mailto:?subject=Shared%20repairs&body=http")
    # No third-party scripts, no inline scripts: only our module and the JSON-LD data block.
    scripts = html.find_all("script")
    assert [s.get("type") for s in scripts if not s.get("src")] == ["application/ld+json"]
    assert all(s["src"].startswith("/static/") for s in scripts if s.get("src"))
    assert not html.select("[style]") and not html.find_all("style")


@pytest.mark.django_db
def test_canonical_opengraph_and_twitter_meta(client, article):
    html = soup(client.get(article.url))
    url = "http://localhost/en/library/shared-repairs/"
    assert html.select_one('link[rel="canonical"]')["href"] == url

    def meta(key):
        tag = html.select_one(f'meta[property="{key}"]') or html.select_one(f'meta[name="{key}"]')
        return tag["content"]

    assert meta("description") == "Who pays for the roof."
    assert meta("og:type") == "article"
    assert meta("og:title") == "Shared repairs"
    assert meta("og:url") == url
    assert meta("og:image").startswith("http://localhost/media/images/")
    assert meta("og:image").endswith(".jpg")
    assert meta("og:image:alt") == "A roof in Almaty"
    assert meta("article:published_time") == str(article.publication_date)
    assert meta("twitter:card") == "summary_large_image"
    assert meta("twitter:image") == meta("og:image")


def json_ld(html):
    (block,) = html.select('script[type="application/ld+json"]')
    return json.loads(block.string)


@pytest.mark.django_db
def test_json_ld_describes_an_article(client, article):
    data = json_ld(soup(client.get(article.url)))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == "Shared repairs"
    assert data["datePublished"] == str(article.publication_date)
    assert [author["name"] for author in data["author"]] == ["Aigerim Sadykova", "Rustam Nazarov"]
    assert data["mainEntityOfPage"]["@id"] == "http://localhost/en/library/shared-repairs/"
    assert data["image"][0].startswith("http://localhost/media/")
    assert data["inLanguage"] == "en"


@pytest.mark.django_db
def test_json_ld_describes_news_and_cannot_be_broken_out_of(client, newsroom):
    title = 'Breaking </script><script>alert("x")</script> & more'
    news = NewsPageFactory(parent=newsroom, title=title, slug="breaking")
    response = client.get(news.url)
    body = response.content.decode()
    assert '<script>alert("x")' not in body
    data = json_ld(soup(response))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == title
    assert "</script>" not in body.split('type="application/ld+json">')[1].split("</script>")[0]


@pytest.mark.django_db
def test_policy_article_offers_documents_with_type_and_size(client, library):
    document = DocumentFactory(
        title="Full brief", file__data=b"%PDF-1.4 " * 256, file__filename="brief.pdf"
    )
    document._set_document_file_metadata()
    document.save()
    article = ArticlePageFactory(
        parent=library,
        kind=ArticleKind.POLICY,
        documents=[{"type": "document", "value": {"document": document.pk}}],
    )
    html = soup(client.get(article.url))
    link = html.select_one(".publication__documents .block-document__link")
    assert link["href"] == document.url
    assert link.select_one(".block-document__meta").get_text() == "PDF, 2.2\xa0KB"  # 2,304 bytes


@pytest.mark.django_db
def test_news_item_links_its_source(client, newsroom):
    news = NewsPageFactory(
        parent=newsroom, source_name="Partner site", source_url="https://example.org/story"
    )
    html = soup(client.get(news.url))
    source = html.select_one(".publication__source a")
    assert source.get_text() == "Partner site"
    assert source["href"] == "https://example.org/story"
    assert html.select_one(".publication__header .card__label").get_text() == "News"
    crumbs = [li.get_text(strip=True) for li in html.select(".breadcrumbs li")]
    assert crumbs[:2] == ["Home", "News"]


@pytest.mark.django_db
def test_preview_of_a_new_article_renders(library, housing):
    """Wagtail previews a page that is not saved yet: no id, no URL, children in memory."""
    page = ArticlePage(
        title="Draft idea",
        summary="Not saved yet.",
        kind=ArticleKind.ESSAY,
        themes=[housing],
        authors=[ArticleAuthor(person=PersonFactory(name="Leyla"))],
        locale=library.locale,
        depth=library.depth + 1,
        path=library.path + "0001",
    )
    page.tags.add("ideas")
    response = page.make_preview_request()
    assert response.status_code == 200
    html = BeautifulSoup(response.rendered_content, "html.parser")
    assert html.h1.get_text() == "Draft idea"
    assert html.select_one(".person__name").get_text() == "Leyla"
