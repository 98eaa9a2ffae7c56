"""The programme's statistics are the database's sums, under every filter."""

from decimal import Decimal

import pytest

from grants.filters import GrantFilters
from grants.models import Grant, GranteePage
from grants.stats import grant_statistics


def visible_grants(locale, country=None, theme=None, year=None):
    """The expected grants, chosen in Python from every row, not through grants.queries."""
    grants = Grant.objects.select_related("grantee__country", "theme").filter(locale=locale)
    return [
        grant
        for grant in grants
        if grant.grantee.live
        and (country is None or grant.grantee.country.iso_code == country)
        and (theme is None or grant.theme.slug == theme)
        and (year is None or grant.start_date.year == year)
    ]


def expected(locale, **filters):
    grants = visible_grants(locale, **filters)
    usd = [grant for grant in grants if grant.currency == "USD"]
    grantees = {grant.grantee_id: grant.grantee for grant in grants}
    if not any(filters.values()) or filters.keys() == {"country"}:
        country = filters.get("country")
        grantees = {
            page.pk: page
            for page in GranteePage.objects.live().filter(locale=locale)
            if country is None or page.country.iso_code == country
        }
    return {
        "grants": len(grants),
        "amount": sum((grant.amount for grant in usd), Decimal("0")),
        "grantees": len(grantees),
        "beneficiaries": sum(page.beneficiaries for page in grantees.values()),
    }


def figures(stats):
    return {
        "grants": stats.grants,
        "amount": stats.amount,
        "grantees": stats.grantees,
        "beneficiaries": stats.beneficiaries,
    }


@pytest.mark.django_db
def test_totals_equal_the_sums_of_live_grants(programme, locales):
    stats = grant_statistics(locales["en"])
    assert figures(stats) == expected(locales["en"])
    # By hand: the draft's 99,999 and the euro grant are not in the amount.
    assert stats.amount == Decimal("34000.50")
    assert stats.grants == 7
    assert stats.grantees == 4
    assert stats.beneficiaries == 7300
    assert stats.other_currencies == {"EUR": Decimal("1000.00")}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "filters",
    [
        {"country": "KG"},
        {"country": "KZ"},
        {"country": "UZ"},
        {"theme": "fair-housing"},
        {"theme": "older-people"},
        {"year": 2019},
        {"year": 2016},
        {"country": "KZ", "theme": "fair-housing"},
        {"country": "KG", "year": 2019, "theme": "green-technology"},
    ],
)
def test_totals_equal_the_sums_under_each_filter(programme, locales, filters):
    stats = grant_statistics(locales["en"], GrantFilters(**filters))
    assert figures(stats) == expected(locales["en"], **filters)


@pytest.mark.django_db
@pytest.mark.parametrize("filters", [{}, {"year": 2019}, {"theme": "fair-housing"}])
def test_breakdowns_add_up_to_the_totals(programme, locales, filters):
    stats = grant_statistics(locales["en"], GrantFilters(**filters))
    for breakdown in (stats.by_country, stats.by_theme, stats.by_year):
        assert sum(row.grants for row in breakdown) == stats.grants
        assert sum(row.amount for row in breakdown) == stats.amount
    assert sum(row.grantees for row in stats.by_country) == stats.grantees
    assert sum(row.beneficiaries for row in stats.by_country) == stats.beneficiaries


@pytest.mark.django_db
def test_breakdowns_by_country_theme_and_year(programme, locales):
    stats = grant_statistics(locales["en"])
    by_country = {row.key: (row.label, row.grants, row.amount) for row in stats.by_country}
    assert by_country == {
        "KG": ("Kyrgyzstan", 3, Decimal("14500.50")),
        "KZ": ("Kazakhstan", 2, Decimal("15000.00")),
        "TJ": ("Tajikistan", 2, Decimal("4500.00")),
    }
    assert [row.key for row in stats.by_year] == [2017, 2018, 2019, 2020]
    by_theme = {row.key: row.grantees for row in stats.by_theme}
    assert by_theme == {"fair-housing": 2, "green-technology": 2, "older-people": 2}
    largest = max(stats.by_country, key=lambda row: row.amount)
    assert largest.bar_width == "100.0%"


@pytest.mark.django_db
def test_private_grantees_are_not_counted(programme, locales):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=programme["grantees"][2], restriction_type=PageViewRestriction.LOGIN
    )
    stats = grant_statistics(locales["en"])
    assert stats.grantees == 3
    assert stats.amount == Decimal("19000.50")


@pytest.mark.django_db
def test_each_locale_counts_its_own_copies_once(programme, locales, translated_home):
    from grants.models import GrantsIndexPage

    GrantsIndexPage.objects.get(locale=locales["en"]).copy_for_translation(
        locales["ru"]
    ).save_revision().publish()
    for grantee in programme["grantees"]:
        grantee.copy_for_translation(locales["ru"]).save_revision().publish()
    english, russian = grant_statistics(locales["en"]), grant_statistics(locales["ru"])
    assert figures(russian) == figures(english)
    assert Grant.objects.filter(locale=locales["ru"]).count() == 7
