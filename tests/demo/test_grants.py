"""The sample grants programme has the programme's real size and stays in the region."""

from decimal import Decimal

import pytest
from django.db.models import Count, Min, Sum

from grants.models import Grant, GranteePage
from grants.stats import grant_statistics
from tests.grants.conftest import REGION


@pytest.mark.django_db
def test_demo_programme_matches_the_brief(client, locales, demo_site):
    english = locales["en"]
    grants = Grant.objects.filter(locale=english, grantee__live=True)
    assert grants.count() == 101
    assert grants.aggregate(total=Sum("amount"))["total"] == Decimal("773254.00")
    assert set(grants.values_list("currency", flat=True)) == {"USD"}
    years = set(grants.values_list("start_date__year", flat=True))
    assert years == set(range(2016, 2022))
    grantees = GranteePage.objects.live().filter(locale=english)
    assert 70 <= grantees.count() <= 90
    assert set(grantees.values_list("country__iso_code", flat=True)) == {
        "AZ", "KZ", "KG", "TJ", "TM", "UZ"
    }  # fmt: skip
    reached = grantees.aggregate(total=Sum("beneficiaries"))["total"]
    assert 590_000 <= reached <= 610_000
    for latitude, longitude in grantees.values_list("latitude", "longitude"):
        assert REGION["south"] <= latitude <= REGION["north"]
        assert REGION["west"] <= longitude <= REGION["east"]
    assert not grantees.annotate(photos=Count("gallery_images")).filter(photos=0).exists()
    assert grantees.annotate(first=Min("grants__start_date")).count() == grantees.count()

    stats = grant_statistics(english)
    assert (stats.grants, stats.amount) == (101, Decimal("773254.00"))
    # Every language serves the section through its alias tree, with its own grant copies.
    assert grant_statistics(locales["kk"]).amount == Decimal("773254.00")
    assert client.get("/kk/grants/").status_code == 200
    html = client.get("/en/").content.decode()
    assert "773,254" in html
