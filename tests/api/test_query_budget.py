"""Listings make a constant number of queries, however many pages, images and links they show."""

import pytest

from tests.api.conftest import add_standard_page, api_get, body_with_links
from tests.factories import ImageFactory, PersonFactory

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12


def build_pages(home_page, locales, count):
    russian_home = home_page.copy_for_translation(locales["ru"])
    russian_home.save_revision().publish()
    about = add_standard_page(home_page, "About")
    for number in range(count):
        page = add_standard_page(
            home_page,
            f"Report {number}",
            body=body_with_links(about, ImageFactory()),
        )
        page.copy_for_translation(locales["ru"], alias=True)


LISTINGS = [
    {"type": "home.StandardPage", "fields": "*", "limit": 20},
    {"fields": "*", "limit": 20},
    {"type": "home.StandardPage", "fields": "*", "limit": 20, "locale": "ru"},
]


@pytest.mark.parametrize("count", [3, 20])
def test_page_listing_queries_do_not_grow_with_items(
    client, home_page, locales, count, django_assert_max_num_queries
):
    build_pages(home_page, locales, count)
    for params in LISTINGS:
        api_get(client, "/api/v2/pages/", **params)  # renders the image renditions once

        with django_assert_max_num_queries(QUERY_BUDGET):
            response = api_get(client, "/api/v2/pages/", **params)

        assert len(response.json()["items"]) >= min(count, 20)


@pytest.mark.parametrize("count", [3, 20])
def test_image_and_people_listings_are_constant(
    client, home_page, count, django_assert_max_num_queries
):
    for _ in range(count):
        PersonFactory(photo=ImageFactory())
    for path in ("/api/v2/images/", "/api/v2/people/"):
        api_get(client, path, fields="*")
        with django_assert_max_num_queries(8):
            response = api_get(client, path, fields="*")
        assert len(response.json()["items"]) == count
