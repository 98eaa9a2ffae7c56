"""Pages, JSON, GeoJSON, CSV and feeds travel gzip-compressed to clients that accept it."""

import gzip
import json

import pytest

from articles.models import NewsIndexPage
from tests.grants.conftest import countries, grants_page, programme, themes  # noqa: F401

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def gzipped(response):
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    return gzip.decompress(response.content)


def test_html_pages_are_compressed_and_cached_pages_too(client, programme):  # noqa: F811
    client.get("/en/grants/")  # creates the site settings, which starts a new generation
    first = client.get("/en/grants/", **GZIP)
    second = client.get("/en/grants/", **GZIP)
    assert second["X-Page-Cache"] == "hit"
    assert b"</html>" in gzipped(first)
    assert gzipped(second) == gzipped(first)


def test_without_accept_encoding_the_body_is_plain(client, programme):  # noqa: F811
    response = client.get("/en/grants/")
    assert "Content-Encoding" not in response
    assert response.content.rstrip().endswith(b"</html>")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/?fields=*",
        "/api/grants/map.geojson",
        "/api/grants/stats",
        "/api/search?q=tenants",
    ],
)
def test_json_answers_are_compressed(client, programme, path):  # noqa: F811
    data = json.loads(gzipped(client.get(path, **GZIP)))
    assert data


def test_open_data_csv_is_compressed(client, programme):  # noqa: F811
    text = gzipped(client.get("/api/grants/grants.csv", **GZIP)).decode()
    assert "Osh Tenants" in text


def test_feeds_are_compressed(client, home_page):
    news = home_page.add_child(instance=NewsIndexPage(title="News", slug="news"))
    news.save_revision().publish()
    body = gzipped(client.get(news.feed_url(), **GZIP))
    assert b"<rss" in body
