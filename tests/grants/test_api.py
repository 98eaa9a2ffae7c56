"""The open-data endpoints: GeoJSON of the map, statistics, the CSV table, and bad input."""

import csv
import io
import json
from decimal import Decimal

import pytest

from grants.models import GranteePhoto
from grants.opendata import COLUMNS
from tests.factories import ImageFactory

from .conftest import REGION
from .factories import GrantFactory, add_grantee


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith(("application/json", "application/geo+json"))
    return response.json()


@pytest.mark.django_db
def test_geojson_is_a_valid_feature_collection_inside_the_region(client, programme):
    data = get_json(client, "/api/grants/map.geojson")
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 4  # the draft is not on the map
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert isinstance(longitude, float) and isinstance(latitude, float)
        assert REGION["west"] <= longitude <= REGION["east"]
        assert REGION["south"] <= latitude <= REGION["north"]
        assert feature["properties"]["url"].startswith("http://localhost/en/grants/")
        assert {"name", "summary", "photo", "country"} <= feature["properties"].keys()
    names = {feature["properties"]["name"] for feature in data["features"]}
    assert "Draft" not in names


@pytest.mark.django_db
def test_geojson_popups_carry_a_photo(client, programme):
    grantee = programme["grantees"][0]
    GranteePhoto.objects.create(page=grantee, image=ImageFactory(), alt_text="People at work")
    features = get_json(client, "/api/grants/map.geojson")["features"]
    photos = {f["properties"]["name"]: f["properties"]["photo"] for f in features}
    assert photos["Osh Tenants"].startswith("http://testserver/")
    assert photos["Naryn Elders"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("country=KG", {"Osh Tenants", "Naryn Elders"}),
        ("country=kz", {"Almaty Solar"}),
        ("theme=fair-housing", {"Osh Tenants", "Almaty Solar"}),
        ("year=2019", {"Osh Tenants", "Naryn Elders", "Almaty Solar"}),
        ("country=KG&theme=older-people&year=2019", {"Naryn Elders"}),
        ("country=UZ", set()),
        ("theme=no-such-theme", set()),
        ("year=1999", set()),
    ],
)
def test_geojson_filters(client, programme, query, names):
    data = get_json(client, f"/api/grants/map.geojson?{query}")
    assert {feature["properties"]["name"] for feature in data["features"]} == names


@pytest.mark.django_db
def test_geojson_names_and_urls_are_those_of_the_locale(client, programme, translated_home):
    from grants.models import GrantsIndexPage

    english_index = GrantsIndexPage.objects.get(locale__language_code="en")
    russian_index = english_index.copy_for_translation(translated_home["ru"].locale)
    russian_index.save_revision().publish()
    translation = programme["grantees"][0].copy_for_translation(translated_home["ru"].locale)
    translation.title = "Ошские квартиросъёмщики"
    translation.save_revision().publish()
    data = get_json(client, "/api/grants/map.geojson?locale=ru")
    assert data["locale"] == "ru"
    [feature] = data["features"]
    assert feature["properties"]["name"] == "Ошские квартиросъёмщики"
    assert feature["properties"]["url"].startswith("http://localhost/ru/grants/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "country=Kyrgyzstan",
        "country=<script>",
        "theme=<b>bold</b>",
        "year=nineteen",
        "year=20191",
        "year=1066",
        "year=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%99",  # full-width digits
        "locale=xx",
        "locale=" + "e" * 300,
    ],
)
@pytest.mark.parametrize("endpoint", ["map.geojson", "stats", "grants.csv"])
def test_bad_parameters_get_a_json_400(client, programme, endpoint, query):
    response = client.get(f"/api/grants/{endpoint}?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["error"]
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_other_methods_get_a_json_405(client, programme):
    response = client.post("/api/grants/stats")
    assert response.status_code == 405
    assert response.json()["error"]


@pytest.mark.django_db
def test_stats_endpoint_reports_totals_and_breakdowns(client, programme):
    data = get_json(client, "/api/grants/stats?country=KG")
    assert data["filters"] == {"country": "KG", "theme": None, "year": None}
    assert data["totals"] == {
        "grants": 3,
        "amount": 14500.5,
        "currency": "USD",
        "grantees": 2,
        "beneficiaries": 2000,
    }
    assert [row["country"] for row in data["by_country"]] == ["KG"]
    assert {row["theme"] for row in data["by_theme"]} == {
        "fair-housing",
        "green-technology",
        "older-people",
    }
    assert [row["year"] for row in data["by_year"]] == [2017, 2019]
    everything = get_json(client, "/api/grants/stats")
    assert everything["other_currencies"] == [{"currency": "EUR", "amount": 1000.0}]


@pytest.mark.django_db
def test_csv_has_one_row_per_live_grant_with_its_grantee(client, programme):
    response = client.get("/api/grants/grants.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0].keys()) == COLUMNS
    assert len(rows) == 7
    osh = [row for row in rows if row["organisation"] == "Osh Tenants"]
    assert {row["amount"] for row in osh} == {"5000.00", "2500.50"}
    assert {row["country"] for row in osh} == {"KG"}
    assert osh[0]["url"] == "http://localhost/en/grants/" + programme["grantees"][0].slug + "/"
    assert "Draft" not in {row["organisation"] for row in rows}
    filtered = client.get("/api/grants/grants.csv?theme=older-people").content.decode()
    assert len(list(csv.DictReader(io.StringIO(filtered)))) == 3  # with the euro grant


def grow(grants_page, countries, themes, count):
    for number in range(count):
        grantee = add_grantee(
            grants_page,
            countries["KZ"],
            [(themes["fair-housing"], "100.00", 2018)],
            latitude=Decimal("43.2"),
            longitude=Decimal("76.9"),
        )
        GranteePhoto.objects.create(page=grantee, image=ImageFactory(), alt_text=f"Photo {number}")
        GrantFactory(grantee=grantee, theme=themes["green-technology"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/grants/map.geojson",
        "/api/grants/map.geojson?theme=fair-housing&year=2018",
        "/api/grants/stats?country=KZ",
        "/api/grants/grants.csv",
    ],
)
def test_query_count_does_not_grow_with_grantees(
    client, grants_page, countries, themes, django_assert_max_num_queries, url
):
    budget = 11
    for size in (3, 30):
        grow(grants_page, countries, themes, size)
        client.get(url)  # renditions of new photos are made once, on the first request
        with django_assert_max_num_queries(budget):
            response = client.get(url)
        assert response.status_code == 200
    assert json.loads(client.get("/api/grants/stats").content)["totals"]["grantees"] == 33
