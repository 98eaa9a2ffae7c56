"""HTTP conventions under /api/: validators and 304, CDN caching, CORS, JSON errors."""

import pytest

from tests.api.conftest import api_get

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/"


def test_etag_and_304_on_if_none_match(client, content_page):
    first = api_get(client, LISTING)
    etag = first["ETag"]

    assert etag.startswith('W/"')
    again = client.get(LISTING, HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    strong = client.get(LISTING, HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=etag[2:])
    assert strong.status_code == 304


def test_etag_changes_when_content_is_published(client, content_page):
    etag = api_get(client, LISTING)["ETag"]
    content_page.title = "Results, revised"
    content_page.save_revision().publish()

    response = client.get(LISTING, HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_cache_control_suits_a_cdn(client, content_page, settings):
    settings.API_CACHE_MAX_AGE = 60
    settings.API_CACHE_STALE_WHILE_REVALIDATE = 300

    response = api_get(client, LISTING)

    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=60", "stale-while-revalidate=300"}
    assert "Accept-Language" not in response.get("Vary", "")
    assert "Content-Language" not in response


def test_cors_only_for_allowed_origins(client, home_page, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.org"]

    allowed = client.get(LISTING, HTTP_HOST="localhost", HTTP_ORIGIN="https://app.example.org")
    other = client.get(LISTING, HTTP_HOST="localhost", HTTP_ORIGIN="https://evil.example.com")
    page = client.get("/en/", HTTP_HOST="localhost", HTTP_ORIGIN="https://app.example.org")

    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.org"
    assert "Access-Control-Allow-Origin" not in other
    assert "Access-Control-Allow-Origin" not in page


def test_cors_preflight_for_allowed_origin(client, home_page, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.org"]

    response = client.options(
        LISTING,
        HTTP_HOST="localhost",
        HTTP_ORIGIN="https://app.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )

    assert response.status_code == 200
    assert "GET" in response["Access-Control-Allow-Methods"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/nothing-here/", 404),
        ("get", "/api/v2/nothing/", 404),
        ("get", "/api/v2/pages/abc/", 404),
        ("post", "/api/v2/pages/", 405),
        ("delete", "/api/v2/images/", 405),
        ("post", "/api/openapi.json", 405),
    ],
)
def test_every_error_is_json_with_a_message(client, home_page, method, path, status):
    response = getattr(client, method)(path, HTTP_HOST="localhost")

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_errors_are_json_even_for_browsers(client, home_page):
    response = client.get(
        "/api/v2/pages/?limit=1000", HTTP_HOST="localhost", HTTP_ACCEPT="text/html"
    )

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


def test_markup_in_parameters_is_not_reflected_as_html(client, home_page):
    response = api_get(client, LISTING, fields="<script>alert(1)</script>")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
