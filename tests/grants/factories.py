"""Factories and builders for grants tests: pages in the tree, grants on them."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories

from grants.models import Grant, GranteePage, GrantsIndexPage


class GrantsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GrantsIndexPage

    title = "Grants"
    slug = "grants"
    intro = "Small grants for NGOs."


class GranteePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GranteePage

    title = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    city = "Bishkek"
    latitude = Decimal("42.874600")
    longitude = Decimal("74.569800")
    project_title = "Community project"
    project_summary = "A project that helped people."
    beneficiaries = 100


class GrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Grant

    grantee = None
    locale = factory.LazyAttribute(lambda grant: grant.grantee.locale)
    reference = factory.Sequence(lambda n: f"SG-T-{n:04d}")
    title = "Training and materials"
    amount = Decimal("5000.00")
    currency = "USD"
    start_date = datetime.date(2018, 3, 1)
    end_date = datetime.date(2019, 2, 28)
    status = Grant.Status.COMPLETED


def add_grantee(index, country, grants=(), **fields):
    """A live grantee under ``index`` with grants given as (theme, amount, year) tuples."""
    grantee = GranteePageFactory(parent=index, country=country, **fields)
    for theme, amount, year in grants:
        GrantFactory(
            grantee=grantee,
            theme=theme,
            amount=Decimal(amount),
            start_date=datetime.date(year, 5, 1),
            end_date=datetime.date(year + 1, 4, 30),
        )
    return grantee
