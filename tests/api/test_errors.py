"""Bad input anywhere under /api/ answers a complete JSON 4xx, never a 500 or a cut body."""

import json

import pytest

from tests.api.conftest import api_get

pytestmark = pytest.mark.django_db


def assert_json_error(response, status=400):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    if response.has_header("Content-Length"):
        assert int(response["Content-Length"]) == len(response.content)
    body = json.loads(response.content)
    assert body["message"]
    return body


@pytest.mark.parametrize(
    "path",
    [
        "/api/grants/stats?year=1850",
        "/api/grants/map.geojson?country=Kazakhstan",
        "/api/grants/grants.csv?theme=%3Cb%3E",
        "/api/grants/stats?locale=xx",
    ],
)
def test_rewritten_grants_errors_are_whole(client, home_page, path):
    response = client.get(path, HTTP_HOST="localhost")

    assert response["Content-Length"] == str(len(response.content))
    assert_json_error(response)


def test_every_rewritten_error_keeps_its_length(client, home_page):
    for path in ("/api/nothing-here/", "/api/v2/pages/?limit=1000", "/api/search?page=0"):
        response = client.get(path, HTTP_HOST="localhost")
        assert response["Content-Length"] == str(len(response.content)), path
        json.loads(response.content)


@pytest.mark.parametrize(
    "query",
    [
        "/api/v2/pages/?limit=%1D9",
        "/api/v2/pages/?offset=%1F1",
        "/api/v2/pages/?child_of=%1C3",
        "/api/v2/pages/?search=%1D9",
        "/api/v2/pages/?descendant_of=%1E2",
        "/api/v2/pages/find/?id=%1D9",
        "/api/v2/page_preview/?token=%1D9",
        "/api/v2/images/?limit=%1E5",
        "/api/v2/countries/?offset=%1C0",
        "/api/v2/pages/?locale=%00",
        "/api/v2/pages/?type=%00",
        "/api/grants/stats?locale=%00",
        "/api/grants/map.geojson?locale=%00",
        "/api/grants/grants.csv?theme=%00",
        "/api/search?locale=%00",
        "/api/search?q=water&type=%00",
        "/api/search?q=water&page=%1D2",
        "/api/search/autocomplete?locale=%00",
    ],
)
def test_control_characters_answer_400(client, home_page, query):
    assert_json_error(client.get(query, HTTP_HOST="localhost"))


def test_find_with_a_list_for_id_does_not_redirect(client, home_page):
    assert_json_error(api_get(client, "/api/v2/pages/find/", id="[]"))


def test_a_search_longer_than_documented_is_refused(client, home_page):
    assert_json_error(api_get(client, "/api/search", q="a" * 1001))
    assert api_get(client, "/api/search", q="a" * 1000).status_code == 200


def test_documented_years_are_accepted_everywhere(client, home_page):
    for path in ("/api/grants/stats", "/api/grants/map.geojson", "/api/search"):
        assert api_get(client, path, year="1900").status_code == 200, path
        assert_json_error(api_get(client, path, year="1899"))


@pytest.mark.parametrize("endpoint", ["countries", "themes", "people"])
def test_snippets_can_be_searched_in_one_language(client, home_page, endpoint):
    response = api_get(client, f"/api/v2/{endpoint}/", search="Kazakhstan", locale="en")

    assert response.status_code == 200, response.content


def test_order_error_does_not_echo_the_value(client, home_page):
    body = assert_json_error(api_get(client, "/api/v2/pages/", order="zz<b>secret"))

    assert "secret" not in body["message"]


def test_the_document_is_built_once_per_process():
    from api.openapi import document_json

    assert document_json() is document_json()


def test_document_parameters_are_the_declared_ones(client, db):
    from core.filters import LOCALE, YEAR

    document = client.get("/api/openapi.json").json()
    for path in ("/api/grants/stats", "/api/search"):
        parameters = {p["name"]: p for p in document["paths"][path]["get"]["parameters"]}
        assert parameters["year"]["schema"] == YEAR.schema()
        assert parameters["locale"]["schema"]["enum"][1:] == LOCALE.values()
    listing = document["paths"]["/api/v2/countries/"]["get"]["parameters"]
    order = next(p for p in listing if p["name"] == "order")
    assert "name" in order["schema"]["pattern"]
