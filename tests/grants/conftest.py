"""Fixtures of the grants tests: the grants page, three countries, three themes and a
handful of grantees whose sums are easy to check by hand."""

import datetime
from decimal import Decimal

import pytest

from tests.factories import CountryFactory, ThemeFactory

from .factories import GrantFactory, GrantsIndexPageFactory, add_grantee

# Inside the region: Azerbaijan's west to Kazakhstan's east, Turkmenistan's south to
# Kazakhstan's north.
REGION = {"west": 44.0, "east": 88.0, "south": 35.0, "north": 56.0}


@pytest.fixture
def grants_page(home_page):
    return GrantsIndexPageFactory(parent=home_page)


@pytest.fixture
def countries(locales):
    return {
        "KG": CountryFactory(name="Kyrgyzstan", iso_code="KG", latitude=41.2, longitude=74.8),
        "KZ": CountryFactory(name="Kazakhstan", iso_code="KZ", latitude=48.0, longitude=66.9),
        "TJ": CountryFactory(name="Tajikistan", iso_code="TJ", latitude=38.9, longitude=71.3),
    }


@pytest.fixture
def themes(locales):
    return {
        slug: ThemeFactory(name=name, slug=slug)
        for slug, name in [
            ("fair-housing", "Fair housing"),
            ("green-technology", "Green technology"),
            ("older-people", "Older people"),
        ]
    }


@pytest.fixture
def programme(grants_page, countries, themes):
    """Four live grantees with six grants, a draft grantee and a grant in euros."""
    housing, green, older = (
        themes["fair-housing"],
        themes["green-technology"],
        themes["older-people"],
    )
    grantees = [
        add_grantee(
            grants_page,
            countries["KG"],
            [(housing, "5000.00", 2017), (green, "2500.50", 2019)],
            title="Osh Tenants",
            city="Osh",
            latitude=Decimal("40.528300"),
            longitude=Decimal("72.798500"),
            beneficiaries=1200,
        ),
        add_grantee(
            grants_page,
            countries["KG"],
            [(older, "7000.00", 2019)],
            title="Naryn Elders",
            city="Naryn",
            latitude=Decimal("41.428700"),
            longitude=Decimal("75.991100"),
            beneficiaries=800,
        ),
        add_grantee(
            grants_page,
            countries["KZ"],
            [(green, "12000.00", 2018), (housing, "3000.00", 2019)],
            title="Almaty Solar",
            city="Almaty",
            latitude=Decimal("43.238900"),
            longitude=Decimal("76.889700"),
            beneficiaries=5000,
        ),
        add_grantee(
            grants_page,
            countries["TJ"],
            [(older, "4500.00", 2020)],
            title="Khujand Care",
            city="Khujand",
            latitude=Decimal("40.282600"),
            longitude=Decimal("69.622200"),
            beneficiaries=300,
        ),
    ]
    euro = GrantFactory(
        grantee=grantees[3],
        reference="SG-EUR-1",
        amount=Decimal("1000.00"),
        currency="EUR",
        start_date=datetime.date(2020, 6, 1),
        end_date=None,
        theme=older,
    )
    draft = add_grantee(
        grants_page, countries["KZ"], [(housing, "99999.00", 2019)], title="Draft", live=False
    )
    return {"grantees": grantees, "draft": draft, "euro": euro}
