"""The maps name their marker images, which Leaflet cannot find by itself once collected
static files carry hashed names; the filter form submits to the grants page itself."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.grants.conftest import countries, grants_page, programme, themes  # noqa: F401

pytestmark = pytest.mark.django_db

MARKER_IMAGES = ("data-marker-icon", "data-marker-icon-2x", "data-marker-shadow")


def marker_images(html, selector):
    element = BeautifulSoup(html, "html.parser").select_one(selector)
    assert element is not None
    return [element[name] for name in MARKER_IMAGES]


def assert_static_files(urls):
    for url in urls:
        assert url.startswith(settings.STATIC_URL)
        assert finders.find(url.removeprefix(settings.STATIC_URL)), url


def test_grants_map_names_existing_marker_images(client, programme):  # noqa: F811
    response = client.get("/en/grants/")
    assert_static_files(marker_images(response.content, "[data-grants-map]"))


def test_grantee_location_map_names_existing_marker_images(client, programme):  # noqa: F811
    grantee = programme["grantees"][0]
    response = client.get(grantee.url)
    assert_static_files(marker_images(response.content, "[data-location-map]"))


def test_filter_form_submits_to_the_grants_page(client, programme):  # noqa: F811
    soup = BeautifulSoup(client.get("/kk/grants/").content, "html.parser")
    form = soup.select_one("form[data-grants-filters]")
    assert form["action"] == "/kk/grants/"
