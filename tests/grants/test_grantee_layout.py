"""A grantee's grants read on a phone: the table is a keyboard-scrollable region and each
cell carries its column's name, which the narrow layout shows beside the value."""

import pytest
from bs4 import BeautifulSoup

from tests.grants.conftest import countries, grants_page, programme, themes  # noqa: F401

pytestmark = pytest.mark.django_db


def test_grants_table_is_a_focusable_region_with_labelled_cells(client, programme):  # noqa: F811
    grantee = programme["grantees"][0]
    soup = BeautifulSoup(client.get(grantee.url).content, "html.parser")
    region = soup.select_one(".grantee__grants .block-table")
    assert region["role"] == "region" and region["tabindex"] == "0"
    assert soup.find(id=region["aria-labelledby"]).get_text() == "Grants"
    headers = [th.get_text(strip=True) for th in region.select("thead th")]
    for row in region.select("tbody tr"):
        assert [td["data-label"] for td in row.find_all("td")] == headers
