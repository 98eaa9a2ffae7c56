"""The library and newsroom listings: order, pages, filters, bad input and query budgets."""

import pytest
from bs4 import BeautifulSoup

from articles.models import ArticleKind
from tests.factories import CountryFactory, ImageFactory, PersonFactory, ThemeFactory

from .factories import ArticlePageFactory, NewsPageFactory


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return [a.get_text() for a in html.select(".publication-listing .card__title a")]


@pytest.fixture
def taxonomy(locales):
    return {
        "housing": ThemeFactory(slug="fair-housing", name="Fair housing"),
        "green": ThemeFactory(slug="green-technology", name="Green technology"),
        "KZ": CountryFactory(iso_code="KZ", name="Kazakhstan"),
        "KG": CountryFactory(iso_code="KG", name="Kyrgyzstan"),
    }


@pytest.fixture
def shelf(library, taxonomy):
    """Four articles that differ in every filterable way."""
    return {
        "rent": ArticlePageFactory(
            parent=library,
            title="Rent rules",
            kind=ArticleKind.POLICY,
            themes=[taxonomy["housing"]],
            countries=[taxonomy["KZ"]],
            tags=["tenants"],
            publication_date="2019-03-01",
        ),
        "solar": ArticlePageFactory(
            parent=library,
            title="Solar heaters",
            kind=ArticleKind.ANALYSIS,
            themes=[taxonomy["green"]],
            countries=[taxonomy["KG"]],
            tags=["energy"],
            publication_date="2021-05-01",
        ),
        "stoves": ArticlePageFactory(
            parent=library,
            title="Stove guide",
            kind=ArticleKind.RESOURCE,
            themes=[taxonomy["green"]],
            countries=[taxonomy["KZ"]],
            tags=["energy", "tenants"],
            publication_date="2021-01-10",
        ),
        "courtyard": ArticlePageFactory(
            parent=library,
            title="The courtyard",
            kind=ArticleKind.ESSAY,
            themes=[taxonomy["housing"], taxonomy["green"]],
            countries=[],
            publication_date="2016-07-07",
        ),
    }


@pytest.mark.django_db
def test_lists_newest_first_twelve_a_page(client, library):
    for _ in range(14):
        ArticlePageFactory(parent=library)
    first = soup(client.get("/en/library/"))
    dates = [t["datetime"] for t in first.select(".publication-listing time")]
    assert len(dates) == 12
    assert dates == sorted(dates, reverse=True)
    assert first.select_one(".result-count").get_text() == "14 items"
    second = soup(client.get("/en/library/?page=2"))
    assert len(titles(second)) == 2
    assert set(titles(first)).isdisjoint(titles(second))


@pytest.mark.django_db
def test_drafts_and_other_sections_are_not_listed(client, library, newsroom):
    ArticlePageFactory(parent=library, title="Published")
    ArticlePageFactory(parent=library, title="Draft", live=False)
    NewsPageFactory(parent=newsroom, title="A news item")
    assert titles(soup(client.get("/en/library/"))) == ["Published"]
    assert titles(soup(client.get("/en/news/"))) == ["A news item"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=policy", {"rent"}),
        ("theme=green-technology", {"solar", "stoves", "courtyard"}),
        ("country=KZ", {"rent", "stoves"}),
        ("country=kz", {"rent", "stoves"}),
        ("tag=energy", {"solar", "stoves"}),
        ("year=2021", {"solar", "stoves"}),
        ("theme=green-technology&country=KZ", {"stoves"}),
        ("theme=green-technology&year=2021&tag=tenants", {"stoves"}),
        ("kind=analysis&country=KZ", set()),
    ],
)
def test_filters_combine(client, shelf, query, expected):
    html = soup(client.get(f"/en/library/?{query}"))
    assert set(titles(html)) == {shelf[key].title for key in expected}
    assert html.select_one(".result-count").get_text().startswith(str(len(expected)))


@pytest.mark.django_db
def test_filter_links_keep_the_other_filters_and_show_counts(client, shelf):
    html = soup(client.get("/en/library/?theme=green-technology&page=2"))
    countries = {a.get_text(): a["href"] for a in html.select(".filters__facet--country a")}
    assert countries == {
        "Kazakhstan": "/en/library/?theme=green-technology&country=KZ",
        "Kyrgyzstan": "/en/library/?theme=green-technology&country=KG",
    }
    # Counts of a facet ignore that facet's own selection, so every theme shows its total.
    themes = {
        li.a.get_text(): li.select_one(".filter-count").get_text()
        for li in html.select(".filters__facet--theme li")
    }
    assert themes == {"Fair housing": "(2)", "Green technology": "(3)"}
    selected = html.select_one('.filters__facet--theme a[aria-current="true"]')
    assert selected.get_text() == "Green technology"
    assert selected["href"] == "/en/library/"
    kinds = [a.get_text() for a in html.select(".filters__facet--kind a")]
    assert kinds == ["Analysis", "Policy", "Resource", "Essay"]


@pytest.mark.django_db
def test_active_filters_are_chips_that_remove_themselves(client, shelf):
    html = soup(client.get("/en/library/?theme=green-technology&country=KZ&year=2021"))
    chips = {a.get_text(" ", strip=True): a["href"] for a in html.select("a.chip")}
    assert chips == {
        "Theme: Green technology (remove)": "/en/library/?country=KZ&year=2021",
        "Country: Kazakhstan (remove)": "/en/library/?theme=green-technology&year=2021",
        "Year: 2021 (remove)": "/en/library/?theme=green-technology&country=KZ",
    }
    assert html.select_one(".chips__clear")["href"] == "/en/library/"


@pytest.mark.django_db
def test_empty_result_is_counted_and_offers_a_way_back(client, shelf):
    html = soup(client.get("/en/library/?theme=no-such-theme"))
    assert html.select_one(".result-count").get_text() == "0 items"
    assert "Nothing matches these filters." in html.select_one(".empty").get_text()
    assert html.select_one(".empty a")["href"] == "/en/library/"
    assert html.select_one("a.chip").get_text(" ", strip=True) == "Theme: no-such-theme (remove)"


@pytest.mark.django_db
def test_an_empty_section_says_so(client, newsroom):
    html = soup(client.get("/en/news/"))
    assert html.select_one(".result-count").get_text() == "0 items"
    assert "Nothing has been published here yet." in html.select_one(".empty").get_text()


MARKUP = '<script>alert("x")</script>'


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=99999",
        "page=-1",
        "page=99999999999999999999999",
        "year=abc",
        "year=99999",
        "year=0000",
        "kind=podcast",
        "theme=" + "x" * 500,
        "country=Kazakhstan",
        "tag=%00",
        f"theme={MARKUP}",
        f"tag={MARKUP}",
        f"country={MARKUP}",
        f"kind={MARKUP}",
        f"year={MARKUP}",
        f"page={MARKUP}",
        f"unknown={MARKUP}",
        'tag="><img src=x onerror=alert(1)>',
        "theme=%E2%80%AE&country=%FF%FE",
    ],
)
def test_bad_values_give_a_normal_page_without_markup(client, shelf, query):
    response = client.get(f"/en/library/?{query}")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert BeautifulSoup(body, "html.parser").select_one(".result-count")


@pytest.mark.django_db
def test_markup_shaped_tag_is_shown_escaped_in_its_chip(client, shelf):
    response = client.get("/en/library/?tag=a%26b")
    html = soup(response)
    assert html.select_one("a.chip").get_text(" ", strip=True) == "Tag: a&b (remove)"
    assert "a&amp;b" in response.content.decode()


def fill_shelf(index_page, factory, count, image, person, theme, country):
    for number in range(count):
        factory(
            parent=index_page,
            title=f"Item {number}",
            hero_image=image,
            hero_image_alt="A field",
            authors=[person],
            themes=[theme],
            countries=[country],
            tags=["energy", f"tag {number % 4}"],
        )


# Measured: 32 (routing, site, locale, menu, switcher, count, page, 6 prefetches, 8 facets).
LISTING_QUERY_BUDGET = 35


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize(
    "section, factory", [("library", ArticlePageFactory), ("newsroom", NewsPageFactory)]
)
def test_listing_queries_do_not_grow_with_items(
    client, request, django_assert_max_num_queries, taxonomy, count, section, factory
):
    index_page = request.getfixturevalue(section)
    person = PersonFactory(photo=ImageFactory())
    fill_shelf(
        index_page, factory, count, ImageFactory(), person, taxonomy["green"], taxonomy["KZ"]
    )
    url = index_page.url + "?theme=green-technology"
    client.get(url)  # the first visit generates the image renditions
    with django_assert_max_num_queries(LISTING_QUERY_BUDGET):
        html = soup(client.get(url))
    assert len(titles(html)) == min(count, 12)
    assert len(html.select(".publication-listing picture")) == min(count, 12)
