"""Facets: counts per type, country, theme and year; each ignores its own selection."""

import pytest
from bs4 import BeautifulSoup

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    """Six pages with the word "water": four grantees in three countries, two plain pages."""
    countries, themes = factories.taxonomy()
    index = factories.grants_index(home_page)
    housing, older = themes["fair-housing"], themes["older-people"]
    pages = {
        "almaty": factories.grantee(
            index, "Water Almaty", countries["KZ"], [housing], years=[2019, 2021]
        ),
        "astana": factories.grantee(index, "Water Astana", countries["KZ"], [older], [2020]),
        "osh": factories.grantee(index, "Water Osh", countries["KG"], [housing, older], [2019]),
        "tashkent": factories.grantee(index, "Water Tashkent", countries["UZ"], [], [2021]),
        "about": factories.standard(home_page, "About water", "Who we are."),
        "other": factories.standard(home_page, "Dry land", "Nothing about it."),
    }
    pages["index"] = index
    return pages


def api(client, **params):
    response = client.get("/api/search", {"q": "water", **params})
    assert response.status_code == 200, response.content
    return response.json()


def titles(data):
    return sorted(result["title"] for result in data["results"])


def test_facet_counts_without_filters(client, catalogue):
    data = api(client)
    assert data["total"] == 5
    assert data["facets"]["type"] == {"grantee": 4, "page": 1}
    assert data["facets"]["country"] == {"KZ": 2, "KG": 1, "UZ": 1}
    assert data["facets"]["theme"] == {"fair-housing": 2, "older-people": 2}
    # A grantee counts once in every year it had a grant; the plain page by its publication.
    years = data["facets"]["year"]
    assert years["2019"] == 2 and years["2020"] == 1 and years["2021"] == 2


def test_each_facet_ignores_its_own_selection(client, catalogue):
    data = api(client, country="KZ")
    assert titles(data) == ["Water Almaty", "Water Astana"]
    # Other countries keep their counts, so the visitor can widen the choice...
    assert data["facets"]["country"] == {"KZ": 2, "KG": 1, "UZ": 1}
    # ...while the other facets count within Kazakhstan.
    assert data["facets"]["type"] == {"grantee": 2}
    assert data["facets"]["theme"] == {"fair-housing": 1, "older-people": 1}
    assert data["facets"]["year"] == {"2019": 1, "2020": 1, "2021": 1}


def test_values_of_one_facet_are_alternatives_and_facets_combine(client, catalogue):
    assert titles(api(client, country=["KZ", "KG"])) == [
        "Water Almaty",
        "Water Astana",
        "Water Osh",
    ]
    assert titles(api(client, country="KZ,KG", theme="fair-housing")) == [
        "Water Almaty",
        "Water Osh",
    ]
    data = api(client, country="KZ", theme="fair-housing", year="2021")
    assert titles(data) == ["Water Almaty"]
    assert data["facets"]["year"] == {"2019": 1, "2021": 1}
    assert data["facets"]["theme"] == {"fair-housing": 1}
    assert data["facets"]["country"] == {"KZ": 1}
    assert data["facets"]["type"] == {"grantee": 1}


def test_type_and_year_filters(client, catalogue):
    data = api(client, type="page")
    assert titles(data) == ["About water"]
    assert data["facets"]["type"] == {"grantee": 4, "page": 1}
    assert data["facets"]["country"] == {}
    assert titles(api(client, year="2020")) == ["Water Astana"]
    # A country filter leaves out the types that have no country.
    assert "About water" not in titles(api(client, country="UZ"))


def test_a_well_formed_but_unknown_value_finds_nothing(client, catalogue):
    data = api(client, country="FR")
    assert data["total"] == 0 and data["results"] == []
    assert data["facets"]["country"]["FR"] == 0
    assert data["facets"]["country"]["KZ"] == 2


def test_the_page_shows_facets_with_counts_and_removable_chips(client, catalogue):
    response = client.get("/en/search/", {"q": "water", "country": "KZ", "theme": "older-people"})
    html = BeautifulSoup(response.content, "html.parser")
    assert "1 result" in html.select_one(".result-count").get_text()
    countries = {
        box["value"]: (box.has_attr("checked"), box.parent.get_text(" ", strip=True))
        for box in html.select('.filters input[name="country"]')
    }
    assert countries["KZ"] == (True, "Kazakhstan (1)")
    assert countries["KG"] == (False, "Kyrgyzstan (1)")
    chips = {chip.get_text(" ", strip=True): chip["href"] for chip in html.select("a.chip")}
    assert chips == {
        "Remove filter Country: Kazakhstan": "?q=water&theme=older-people",
        "Remove filter Theme: Older people": "?q=water&country=KZ",
    }
    assert html.find("a", string="Clear all filters")["href"] == "?q=water"


def test_facet_names_follow_the_visitors_language(client, catalogue, translated_home, locales):
    from core.models import Country

    catalogue["index"].create_alias(
        recursive=True, parent=translated_home["ru"], update_locale=locales["ru"]
    )
    kazakhstan = Country.objects.get(iso_code="KZ")
    russian = kazakhstan.copy_for_translation(locales["ru"])
    russian.name = "Казахстан"
    russian.save()
    for language, name in (("ru", "Казахстан"), ("en", "Kazakhstan")):
        response = client.get(f"/{language}/search/", {"q": "water", "country": "KZ"})
        html = BeautifulSoup(response.content, "html.parser")
        assert len(html.select(".search-results-area > .search-results > li")) == 2
        assert html.select_one("a.chip").get_text(" ", strip=True).endswith(name)


def test_filters_with_no_results_suggest_removing_them(client, catalogue):
    response = client.get("/en/search/", {"q": "water", "country": "UZ", "year": "2019"})
    html = BeautifulSoup(response.content, "html.parser")
    empty = html.select_one(".search-empty")
    assert "Try removing a filter" in empty.get_text()
    assert {chip["href"] for chip in empty.select("a.chip")} == {
        "?q=water&year=2019",
        "?q=water&country=UZ",
    }
