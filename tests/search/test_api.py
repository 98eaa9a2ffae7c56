"""``/api/search`` and ``/api/search/autocomplete``: the JSON contract of DESIGN.md."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from api.openapi import build_document
from tests.api.schemas import conforms

from .conftest import translate

pytestmark = pytest.mark.django_db


def test_search_answers_the_documented_shape(client, standard_pages):
    standard_pages(("Water", "Wells for villages."), ("Pumps", "Water pumps for schools."))
    response = client.get("/api/search", {"q": "water"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert list(data) == [
        "query",
        "total",
        "page",
        "pages",
        "results",
        "facets",
        "other_languages",
        "did_you_mean",
    ]
    assert data["did_you_mean"] is None
    assert (data["query"], data["total"], data["page"], data["pages"]) == ("water", 2, 1, 1)
    first = data["results"][0]
    assert list(first) == ["title", "url", "type", "summary", "date", "locale", "promoted"]
    assert first["title"] == "Water"
    assert first["url"] == "http://localhost/en/water/"
    assert (first["type"], first["summary"], first["locale"]) == (
        "page",
        "Wells for villages.",
        "en",
    )
    assert first["promoted"] is False
    assert len(first["date"]) == 10
    assert list(data["facets"]) == ["type", "country", "theme", "year"]


def test_search_takes_the_locale_and_pages(
    client, home_page, translated_home, locales, standard_pages
):
    pages = standard_pages(*[(f"Water {number:02d}", "Wells.") for number in range(12)])
    translate(pages[0], locales["ru"], title="Вода", intro="Колодцы.")
    data = client.get("/api/search", {"q": "wells", "page": "2"}).json()
    assert (data["page"], data["pages"], data["total"], len(data["results"])) == (2, 2, 12, 2)
    russian = client.get("/api/search", {"q": "колодцы", "locale": "ru"}).json()
    assert [result["title"] for result in russian["results"]] == ["Вода"]
    assert russian["results"][0]["url"].startswith("http://localhost/ru/")
    assert russian["results"][0]["locale"] == "ru"


def test_empty_query_is_an_empty_result(client, standard_pages):
    standard_pages(("Water", "Wells."))
    data = client.get("/api/search", {"q": ""}).json()
    assert data == {
        "query": "",
        "total": 0,
        "page": 1,
        "pages": 1,
        "results": [],
        "facets": {},
        "other_languages": [],
        "did_you_mean": None,
    }


def test_autocomplete_suggests_titles_by_their_beginning(client, home_page, standard_pages):
    standard_pages(("Water for villages", "Wells."), ("Waste", "Bins."), ("Clean air", "Wa."))
    response = client.get("/api/search/autocomplete", {"q": "wat"})
    assert response.status_code == 200
    data = response.json()
    assert data["query"] == "wat"
    assert [item["title"] for item in data["results"]] == ["Water for villages"]
    assert data["results"][0] == {
        "title": "Water for villages",
        "url": "http://localhost/en/water-for-villages/",
        "type": "page",
    }
    titles = [
        item["title"] for item in client.get("/api/search/autocomplete?q=wa").json()["results"]
    ]
    assert sorted(titles) == ["Waste", "Water for villages"]


def test_autocomplete_stays_in_its_language_and_needs_two_letters(
    client, home_page, translated_home, locales, standard_pages
):
    (water,) = standard_pages(("Water for villages", "Wells."))
    translate(water, locales["ru"], title="Вода для сёл", intro="Колодцы.")
    suggest = client.get("/api/search/autocomplete", {"q": "вод", "locale": "ru"}).json()
    assert [item["title"] for item in suggest["results"]] == ["Вода для сёл"]
    assert client.get("/api/search/autocomplete", {"q": "вод"}).json()["results"] == []
    assert client.get("/api/search/autocomplete", {"q": "w"}).json()["results"] == []


def test_only_get(client):
    response = client.post("/api/search", {"q": "water"})
    assert response.status_code == 405
    assert "message" in response.json()


def test_answers_match_the_openapi_document(
    client, home_page, translated_home, locales, standard_pages
):
    water, wells = standard_pages(("Water", "Wells."), ("Wells", "Water from wells."))
    translate(wells, locales["ru"], title="Колодцы", intro="Вода из колодцев.")
    SearchPromotion.objects.create(query=Query.get("water"), page=wells, sort_order=0)

    document = build_document()
    found = client.get("/api/search", {"q": "water"}).json()
    assert [(r["title"], r["promoted"]) for r in found["results"]] == [
        ("Wells", True),
        ("Water", False),
    ]
    conforms(document, "SearchResults", found)

    # Nothing in Kyrgyz (the tree is empty): the languages that have matches are offered.
    elsewhere = client.get("/api/search", {"q": "колодцев", "locale": "ky"}).json()
    assert elsewhere["total"] == 0
    assert elsewhere["other_languages"] == [{"locale": "ru", "total": 1}]
    conforms(document, "SearchResults", elsewhere)

    conforms(document, "Autocomplete", client.get("/api/search/autocomplete", {"q": "wat"}).json())
