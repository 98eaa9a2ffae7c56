"""Programme statistics, computed by the database from the published grants.

The grants page, the ``/api/grants/stats`` endpoint, the home page's figures and the tests
all read ``grant_statistics``; nothing else adds grants up. Amounts are US dollars: grants
in other currencies are counted, and their sums reported apart per currency, but never
converted.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DecimalField, Q, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear

from .models import REPORTING_CURRENCY
from .queries import GrantsScope, country_names, theme_names

ZERO = Decimal("0.00")


@dataclass
class Breakdown:
    """One row of a breakdown: a country, a theme or a year."""

    key: str | int
    label: str
    grants: int = 0
    amount: Decimal = ZERO
    grantees: int = 0
    beneficiaries: int | None = None
    share: float = 0.0  # of the largest amount in its breakdown, 0-100, for bar charts

    @property
    def bar_width(self):
        """The bar's width as an SVG percentage, whatever the active language's decimals."""
        return f"{self.share:.1f}%"

    def as_dict(self, key_name):
        data = {
            key_name: self.key,
            "name": self.label,
            "grants": self.grants,
            "amount": float(self.amount),
            "grantees": self.grantees,
        }
        if self.beneficiaries is not None:
            data["beneficiaries"] = self.beneficiaries
        return data


@dataclass
class GrantStatistics:
    grants: int = 0
    amount: Decimal = ZERO
    grantees: int = 0
    beneficiaries: int = 0
    currency: str = REPORTING_CURRENCY
    by_country: list[Breakdown] = field(default_factory=list)
    by_theme: list[Breakdown] = field(default_factory=list)
    by_year: list[Breakdown] = field(default_factory=list)
    other_currencies: dict[str, Decimal] = field(default_factory=dict)

    def as_dict(self):
        return {
            "totals": {
                "grants": self.grants,
                "amount": float(self.amount),
                "currency": self.currency,
                "grantees": self.grantees,
                "beneficiaries": self.beneficiaries,
            },
            "by_country": [row.as_dict("country") for row in self.by_country],
            "by_theme": [row.as_dict("theme") for row in self.by_theme],
            "by_year": [row.as_dict("year") for row in self.by_year],
            "other_currencies": [
                {"currency": code, "amount": float(amount)}
                for code, amount in sorted(self.other_currencies.items())
            ],
        }


def _reporting_amount():
    return Coalesce(
        Sum("amount", filter=Q(currency=REPORTING_CURRENCY)),
        Value(ZERO),
        output_field=DecimalField(max_digits=14, decimal_places=2),
    )


def _grant_aggregates():
    return {
        "grant_count": Count("pk"),
        "total": _reporting_amount(),
        "grantee_count": Count("grantee_id", distinct=True),
    }


def _with_shares(rows):
    largest = max((row.amount for row in rows), default=ZERO)
    for row in rows:
        row.share = float(row.amount * 100 / largest) if largest else 0.0
    return rows


def grant_totals(locale, filters=None, scope=None):
    """The four headline figures without breakdowns (three queries)."""
    scope = scope or GrantsScope(locale, filters)
    totals = scope.grants().aggregate(**_grant_aggregates())
    grantee_totals = scope.grantees().aggregate(
        count=Count("pk"), beneficiaries=Coalesce(Sum("beneficiaries"), 0)
    )
    return GrantStatistics(
        grants=totals["grant_count"],
        amount=totals["total"],
        grantees=grantee_totals["count"],
        beneficiaries=grantee_totals["beneficiaries"],
    )


def grant_statistics(locale, filters=None, scope=None):
    """Totals and breakdowns of the grants visible in ``locale`` under ``filters``.

    Nine queries whatever the number of grants (one fewer when ``scope`` is given).
    """
    scope = scope or GrantsScope(locale, filters)
    grants = scope.grants()
    stats = grant_totals(locale, scope=scope)
    stats.by_country = by_country(grants, scope.grantees(), country_names(locale))
    stats.by_theme = by_theme(grants, theme_names(locale))
    stats.by_year = by_year(grants)
    stats.other_currencies = dict(
        grants.exclude(currency=REPORTING_CURRENCY)
        .values("currency")
        .annotate(total=Sum("amount"))
        .order_by()
        .values_list("currency", "total")
    )
    return stats


def by_country(grants, grantees, countries):
    """Grantees and people reached come from the grantees, grants and amounts from the grants:
    a country may have grantees whose grants are all filtered out."""
    rows = {}
    for row in (
        grantees.values("country__iso_code")
        .annotate(count=Count("pk"), reached=Coalesce(Sum("beneficiaries"), 0))
        .order_by()
    ):
        code = row["country__iso_code"] or ""
        rows[code] = Breakdown(
            key=code,
            label=countries.get(code, code),
            grantees=row["count"],
            beneficiaries=row["reached"],
        )
    for row in (
        grants.values("grantee__country__iso_code").annotate(**_grant_aggregates()).order_by()
    ):
        code = row["grantee__country__iso_code"] or ""
        entry = rows.setdefault(
            code, Breakdown(key=code, label=countries.get(code, code), beneficiaries=0)
        )
        entry.grants, entry.amount = row["grant_count"], row["total"]
    return _with_shares(sorted(rows.values(), key=lambda row: row.label))


def by_theme(grants, themes):
    return _with_shares(
        sorted(
            (
                Breakdown(
                    key=row["theme__slug"] or "",
                    label=themes.get(row["theme__slug"], row["theme__slug"] or ""),
                    grants=row["grant_count"],
                    amount=row["total"],
                    grantees=row["grantee_count"],
                )
                for row in grants.values("theme__slug").annotate(**_grant_aggregates()).order_by()
            ),
            key=lambda row: row.label,
        )
    )


def by_year(grants):
    return _with_shares(
        [
            Breakdown(
                key=row["year"],
                label=str(row["year"]),
                grants=row["grant_count"],
                amount=row["total"],
                grantees=row["grantee_count"],
            )
            for row in grants.annotate(year=ExtractYear("start_date"))
            .values("year")
            .annotate(**_grant_aggregates())
            .order_by("year")
        ]
    )
