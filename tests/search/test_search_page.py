"""The search page as a visitor uses it: results, ranking, language, paging, promotions."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import QueryWithoutResults

from .conftest import publish, translate

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_titles(html):
    """The titles of the results, not of the matches in other languages."""
    titles = html.select(".search-results-area > .search-results .search-result__title")
    return [node.get_text(strip=True) for node in titles]


def other_language_titles(html):
    titles = html.select(".search-results--other-languages .search-result__title")
    return [node.get_text(strip=True) for node in titles]


def test_a_title_match_ranks_above_a_body_match(client, standard_pages):
    standard_pages(
        ("Annual report", "Water appears here, water again, and water once more."),
        ("Water", "A page about something."),
        ("Contacts", "Nothing to see."),
    )
    html = soup(client.get("/en/search/", {"q": "water"}))
    assert result_titles(html) == ["Water", "Annual report"]
    assert "2 results" in html.select_one(".result-count").get_text()


def test_every_word_must_match(client, standard_pages):
    standard_pages(("Clean water", "Wells for villages."), ("Clean air", "Filters for schools."))
    assert result_titles(soup(client.get("/en/search/", {"q": "clean water"}))) == ["Clean water"]


def test_results_show_type_date_summary_and_link(client, standard_pages):
    (page,) = standard_pages(("Water", "Wells for villages."))
    item = soup(client.get("/en/search/", {"q": "wells"})).select_one(".search-result")
    assert item.select_one(".card__label").get_text(strip=True) == "Page"
    assert item.select_one("a")["href"] == page.url
    published = timezone.localdate(page.first_published_at)
    assert item.select_one("time")["datetime"] == published.isoformat()
    assert item.select_one(".search-result__summary").get_text() == "Wells for villages."


def test_drafts_and_private_pages_are_not_found(client, home_page, standard_pages):
    from wagtail.models import PageViewRestriction

    (public,) = standard_pages(("Water public", "Open."))
    private = publish(home_page, title="Water private", intro="Members only.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = home_page.add_child(instance=public.__class__(title="Water draft", live=False))
    draft.save_revision()
    assert result_titles(soup(client.get("/en/search/", {"q": "water"}))) == ["Water public"]


def test_ten_results_a_page(client, standard_pages):
    standard_pages(*[(f"Water {number}", "Wells.") for number in range(23)])
    first = soup(client.get("/en/search/", {"q": "wells"}))
    assert len(first.select(".search-result")) == 10
    assert "Page 1 of 3" in first.select_one(".pagination").get_text()
    last = soup(client.get("/en/search/", {"q": "wells", "page": "3"}))
    assert len(last.select(".search-result")) == 3
    next_link = first.select_one('.pagination a[rel="next"]')["href"]
    assert "q=wells" in next_link and "page=2" in next_link


def test_search_is_scoped_to_the_language_of_the_page(
    client, home_page, translated_home, locales, standard_pages
):
    (english,) = standard_pages(("Water for villages", "Wells and pumps."))
    translate(english, locales["ru"], title="Вода для сёл", intro="Колодцы и насосы.")
    alias = english.create_alias(parent=translated_home["kk"], update_locale=locales["kk"])

    assert result_titles(soup(client.get("/en/search/", {"q": "water"}))) == ["Water for villages"]
    assert result_titles(soup(client.get("/ru/search/", {"q": "water"}))) == []
    assert result_titles(soup(client.get("/ru/search/", {"q": "колодцы"}))) == ["Вода для сёл"]
    assert result_titles(soup(client.get("/en/search/", {"q": "колодцы"}))) == []
    # An alias is what Kazakh visitors read until the page is translated: found, at a
    # Kazakh address.
    kazakh = soup(client.get("/kk/search/", {"q": "water"}))
    assert result_titles(kazakh) == ["Water for villages"]
    assert kazakh.select_one(".search-result__title a")["href"] == alias.url
    assert alias.url.startswith("/kk/")


def test_no_results_says_so_and_shows_other_languages(
    client, home_page, translated_home, locales, standard_pages
):
    (english,) = standard_pages(("Water for villages", "Wells and pumps."))
    translate(english, locales["ru"], title="Вода для сёл", intro="Колодцы и насосы.")
    english.create_alias(parent=translated_home["kk"], update_locale=locales["kk"])

    html = soup(client.get("/ky/search/", {"q": "колодцы"}))
    # The Kyrgyz interface: "0 results for …", "Nothing matched …".
    assert "0 натыйжа" in html.select_one(".result-count").get_text()
    assert "эч нерсе табылган жок" in html.select_one(".search-empty").get_text()
    other = html.select(".search-other-languages li")
    assert [item.a.get_text() for item in other] == ["Русский"]
    assert other[0].a["href"] == "/ru/search/?q=%D0%BA%D0%BE%D0%BB%D0%BE%D0%B4%D1%86%D1%8B"
    assert result_titles(html) == []
    assert other_language_titles(html) == ["Вода для сёл"]

    # English text counts once, as English, not once more for every alias of it.
    html = soup(client.get("/ky/search/", {"q": "pumps"}))
    assert [item.a.get_text() for item in html.select(".search-other-languages li")] == ["English"]


def test_promoted_pages_come_first_in_the_visitors_language(
    client, home_page, translated_home, locales, standard_pages
):
    water, report, promoted = standard_pages(
        ("Water", "Wells."),
        ("Water report", "Wells and water."),
        ("How to apply", "Forms and deadlines."),
    )
    translate(promoted, locales["ru"], title="Как подать заявку", intro="Формы и сроки.")
    query = Query.get("water")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)

    html = soup(client.get("/en/search/", {"q": "Water"}))
    titles = result_titles(html)
    assert titles[0] == "How to apply"
    assert sorted(titles[1:]) == ["Water", "Water report"]  # ranked by the backend
    assert html.select(".search-result")[0]["class"] == ["search-result", "search-result--promoted"]
    assert "Recommended" in html.select(".card__label")[0].get_text()
    assert "3 results" in html.select_one(".result-count").get_text()
    # The Russian page promotes the Russian translation of the promoted page.
    translate(water, locales["ru"], title="Water по-русски", intro="Колодцы.")
    assert result_titles(soup(client.get("/ru/search/", {"q": "water"}))) == [
        "Как подать заявку",
        "Water по-русски",
    ]


def test_promoted_pages_are_not_repeated_and_paging_counts_them(client, standard_pages):
    pages = standard_pages(*[(f"Water {number:02d}", "Wells.") for number in range(12)])
    SearchPromotion.objects.create(query=Query.get("wells"), page=pages[5], sort_order=0)
    first = result_titles(soup(client.get("/en/search/", {"q": "wells"})))
    second = result_titles(soup(client.get("/en/search/", {"q": "wells", "page": "2"})))
    assert first[0] == "Water 05"
    assert len(first) == 10 and len(second) == 2
    assert sorted(first + second) == sorted(page.title for page in pages)


def test_searches_are_counted_for_the_editors(client, standard_pages):
    standard_pages(("Water", "Wells."))
    client.get("/en/search/", {"q": "Water"})
    client.get("/en/search/", {"q": "water", "page": "2"})
    client.get("/ru/search/", {"q": "nothing here"})
    assert Query.objects.get(query_string="water").hits == 1
    assert Query.objects.get(query_string="nothing here").hits == 1
    (missing,) = QueryWithoutResults.objects.all()
    assert (missing.query_string, missing.language_code, missing.hits) == ("nothing here", "ru", 1)


def test_an_empty_query_shows_the_form_only(client, standard_pages, django_assert_num_queries):
    standard_pages(("Water", "Wells."))
    html = soup(client.get("/en/search/", {"q": "   "}))
    assert html.select_one("#search-query")["value"] == ""
    assert not html.select(".search-result") and not html.select(".result-count")
    assert not Query.objects.exists()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5's bm25() weights")
def test_on_sqlite_a_title_match_ranks_above_an_intro_match(client, home_page, standard_pages):
    """FTS5's bm25() weighs the title column above the rest (search/backends/sqlite.py)."""
    standard_pages(
        ("Wells", "Water water water for the villages, water for the schools."),
        ("Water", "Wells for villages."),
    )
    data = client.get("/api/search", {"q": "water"}).json()
    assert [result["title"] for result in data["results"]] == ["Water", "Wells"]
