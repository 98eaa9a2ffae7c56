"""Grantee pages in the v2 API, and the grants endpoints under the shared conventions."""

import pytest

from tests.api.conftest import api_get
from tests.factories import ImageFactory
from tests.grants.conftest import countries, grants_page, programme, themes  # noqa: F401

pytestmark = pytest.mark.django_db


def test_grantee_shows_grants_gallery_and_taxonomy_as_objects(client, programme):  # noqa: F811
    grantee = programme["grantees"][0]
    grantee.logo = ImageFactory()
    grantee.gallery_images.create(image=ImageFactory(), alt_text="Meeting", caption="In Osh")
    grantee.save_revision().publish()

    page = api_get(client, f"/api/v2/pages/{grantee.id}/").json()

    assert page["meta"]["type"] == "grants.GranteePage"
    assert page["country"]["iso_code"] == "KG" and page["country"]["name"] == "Kyrgyzstan"
    assert {grant["reference"] for grant in page["grants"]} == {
        grant.reference for grant in grantee.grants.all()
    }
    grant = next(grant for grant in page["grants"] if grant["amount"] == "5000.00")
    assert grant["theme"]["slug"] == "fair-housing"
    assert set(page["logo"]["renditions"]) == {"thumbnail", "medium", "large"}
    photo = page["gallery_images"][0]
    assert photo["alt_text"] == "Meeting"
    assert photo["image"]["renditions"]["medium"]["url"].startswith("http")


def test_grantee_listing_with_all_fields_is_constant(
    client,
    programme,  # noqa: F811
    django_assert_max_num_queries,
):
    params = {"type": "grants.GranteePage", "fields": "*"}
    api_get(client, "/api/v2/pages/", **params)

    with django_assert_max_num_queries(22):
        response = api_get(client, "/api/v2/pages/", **params)

    items = response.json()["items"]
    assert items and all(item["grants"] for item in items)
    assert all(item["meta"]["type"] == "grants.GranteePage" for item in items)


@pytest.mark.parametrize(
    "path", ["/api/grants/map.geojson", "/api/grants/stats", "/api/grants/grants.csv"]
)
def test_grants_endpoints_share_the_http_conventions(client, programme, path):  # noqa: F811
    response = api_get(client, path)
    bad = api_get(client, path, locale="xx")

    assert response.status_code == 200
    assert response["ETag"].startswith('W/"')
    assert "max-age" in response["Cache-Control"]
    again = client.get(path, HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert bad.status_code == 400
    assert bad.json()["message"]


@pytest.mark.parametrize(
    "path", ["/api/grants/map.geojson?locale=en", "/api/grants/stats", "/api/grants/grants.csv"]
)
def test_grants_data_is_served_from_cache_until_the_next_publish(
    client,
    programme,  # noqa: F811
    path,
    django_assert_num_queries,
):
    first = client.get(path)
    with django_assert_num_queries(0):
        second = client.get(path)
    assert second.content == first.content

    grantee = programme["grantees"][0]
    grantee.title = "Osh Tenants Union"
    grantee.save_revision().publish()
    third = client.get(path)
    assert b"Osh Tenants Union" in third.content or path.endswith("stats")
    if path.endswith("stats"):
        assert third.content == first.content  # the same figures, rebuilt after the publish


def test_cached_grants_data_keeps_each_origins_cors_header(client, programme, settings):  # noqa: F811
    settings.CORS_ALLOWED_ORIGINS = ["https://a.example", "https://b.example"]
    first = client.get("/api/grants/stats", HTTP_ORIGIN="https://a.example")
    second = client.get("/api/grants/stats", HTTP_ORIGIN="https://b.example")
    assert first["Access-Control-Allow-Origin"] == "https://a.example"
    assert second["Access-Control-Allow-Origin"] == "https://b.example"
