"""Countries, themes and people: one row per language, filtered by locale."""

import pytest

from tests.api.conftest import api_get
from tests.factories import CountryFactory, ImageFactory, PersonFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_countries_listing_and_locale_filter(client, home_page, locales):
    kazakhstan = CountryFactory(name="Kazakhstan", iso_code="KZ")
    kazakhstan.copy_for_translation(locales["kk"]).save()
    kazakh = kazakhstan.get_translation(locales["kk"])
    kazakh.name = "Қазақстан"
    kazakh.save()

    everything = api_get(client, "/api/v2/countries/").json()
    in_kazakh = api_get(client, "/api/v2/countries/", locale="kk").json()

    assert everything["meta"]["total_count"] == 2
    assert [(c["name"], c["iso_code"]) for c in in_kazakh["items"]] == [("Қазақстан", "KZ")]
    assert in_kazakh["items"][0]["meta"]["locale"] == "kk"


def test_country_detail_has_centre_point(client, home_page):
    country = CountryFactory(name="Tajikistan", iso_code="TJ", latitude=38.5, longitude=68.8)

    detail = api_get(client, f"/api/v2/countries/{country.id}/").json()

    assert detail["name"] == "Tajikistan"
    assert float(detail["latitude"]) == 38.5


def test_themes_filter_by_slug(client, home_page):
    ThemeFactory(name="Fair housing", slug="fair-housing")
    ThemeFactory(name="Green technology", slug="green-technology")

    response = api_get(client, "/api/v2/themes/", slug="fair-housing")

    assert [t["name"] for t in response.json()["items"]] == ["Fair housing"]


def test_people_show_photo_renditions_and_no_personal_data(client, home_page):
    person = PersonFactory(name="Aigerim", role="Trainer", photo=ImageFactory())

    item = api_get(client, "/api/v2/people/").json()["items"][0]

    assert item["name"] == "Aigerim"
    assert item["id"] == person.id
    assert set(item["photo"]["renditions"]) == {"thumbnail", "medium", "large"}
    assert "email" not in item


def test_unknown_snippet_locale_is_400(client, home_page):
    response = api_get(client, "/api/v2/themes/", locale="fr")

    assert response.status_code == 400
