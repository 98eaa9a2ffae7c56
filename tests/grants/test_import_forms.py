"""The row forms of ``import_grants``: every message names the column and quotes the cell."""

import csv
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from grants.import_forms import parse_row

SAMPLE = Path(__file__).resolve().parents[2] / "grants" / "samples" / "grants-sample.csv"


@pytest.fixture
def taxonomy():
    theme = SimpleNamespace(slug="civic-participation")
    other = SimpleNamespace(slug="rule-of-law")
    country = SimpleNamespace(iso_code="KG")
    return SimpleNamespace(
        themes={"civic-participation": theme, "rule-of-law": other}, countries={"KG": country}
    )


@pytest.fixture
def cells():
    row = next(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    return row | {"theme": "civic-participation", "themes": "civic-participation", "country": "kg"}


def test_a_good_row_is_cleaned_to_model_values(cells, taxonomy):
    cells |= {"amount": "7 500.006", "currency": "", "status": "", "latitude": "40.52830049"}
    row = parse_row(2, cells, taxonomy)
    assert row.grant["amount"] == Decimal("7500.01")
    assert row.grant["currency"] == "USD" and row.grant["status"] == "active"
    assert row.grantee["country"] is taxonomy.countries["KG"]
    assert row.grantee["latitude"] == Decimal("40.528300")
    assert row.cells["latitude"] == "40.528300" and row.cells["amount"] == "7500.01"


def test_every_bad_cell_is_reported_in_the_spreadsheet_s_words(cells, taxonomy):
    cells |= {
        "reference": "-bad",
        "amount": "12e",
        "currency": "xyz",
        "status": "lost",
        "start_date": "2020-02-30",
        "longitude": "-181",
        "organisation": "",
        "short_name": "x" * 61,
        "website": "ftp://example.org",
        "social_links": "https://t.me/ok notaurl",
        "email": "someone@",
        "beneficiaries": "-3",
        "themes": "civic-participation;nope",
    }
    problems = parse_row(2, cells, taxonomy)
    assert problems == [
        "reference '-bad' may only use letters, digits, . _ / -",
        "amount '12e' is not a number",
        "currency 'xyz' is not one of AZN, CHF, EUR, GBP, KGS, KZT, RUB, TJS, TMT, USD, UZS",
        "start_date '2020-02-30' is not a date like 2019-03-31",
        "status 'lost' is not one of planned, active, completed, cancelled",
        "organisation is required",
        "short_name is longer than 60 characters",
        "longitude -181 is outside -180 to 180",
        "'ftp://example.org' is not a web address (http:// or https://)",
        "email 'someone@' is not an email address",
        "'notaurl' is not a web address (http:// or https://)",
        "beneficiaries '-3' is not a whole number ≥ 0",
        "themes: 'nope' is not a theme's slug",
    ]
