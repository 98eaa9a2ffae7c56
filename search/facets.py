"""Facet counts and the number of results, in one SQL statement per search.

The full text match runs once: its page ids are a common table expression
(``search_hits``), and the total, the filtered total and the four facets are counted from
it in one ``UNION ALL`` of grouped queries, one per page type and facet. Before, every
facet re-ran the match once per page type (40 full text searches per request, see the
README's Search section).

Facets are disjunctive: each facet's counts apply every filter except its own. The counts
of a query are cached per page cache generation (``core/page_cache.py``), which every
publish, unpublish, move or delete, and every change to a country or theme, moves on; the
labels of countries and themes are cached with them.
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import CharField, Count, F, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.models import Page

from core.models import Country, Theme

from .cache import cached
from .registry import FACETS, search_types, type_label, type_values
from .results import FacetOption

HITS = "search_hits"


@dataclass
class Counts:
    """What the facet statement found: every hit, the hits passing the filters, and the
    options of each facet."""

    total: int = 0
    matching: int = 0
    facets: dict = field(default_factory=dict)


def narrow(search_type, candidates, filters):
    """The pages of one type among ``candidates`` that pass ``filters``; None when no page of
    that type can (it is not a chosen type, or lacks a chosen facet)."""
    if filters.type and search_type.value not in filters.type:
        return None
    pages = search_type.model._default_manager.filter(candidates, **dict(search_type.condition))
    for facet in ("country", "theme", "year"):
        values = getattr(filters, facet)
        if not values:
            continue
        lookup = search_type.lookup(facet)
        if lookup is None:
            return None
        pages = pages.filter(**{f"{lookup}__in": values})
    return pages


def filter_condition(filters):
    """A condition on Page for the chosen filters (everything when none is chosen)."""
    if not filters:
        return Q()
    parts = [
        Q(pk__in=pages.values("pk"))
        for pages in (narrow(entry, Q(), filters) for entry in search_types())
        if pages is not None
    ]
    return reduce(or_, parts) if parts else Q(pk__in=[])


def _grouped(pages, facet, value):
    return (
        pages.order_by()
        .annotate(facet=Value(facet, output_field=CharField()), value=value)
        .values("facet", "value")
        .annotate(count=Count("pk", distinct=True))
    )


def _facet_parts(hits, filters, facet):
    """One grouped query per page type counting ``facet`` over the hits."""
    for entry in search_types():
        pages = narrow(entry, hits, filters.without(facet))
        if pages is None:
            continue
        if facet == "type":
            yield _grouped(pages, facet, Value(entry.value, output_field=CharField()))
            continue
        lookup = entry.lookup(facet)
        if lookup is not None:
            pages = pages.filter(**{f"{lookup}__isnull": False})
            yield _grouped(pages, facet, Cast(F(lookup), CharField()))


def statement(hits, filters):
    """The SQL and parameters counting every facet and the total over ``hits`` (a queryset
    of page ids), the match materialised once."""
    in_hits = Q(pk__in=RawSQL(f"SELECT id FROM {HITS}", ()))  # noqa: S611 - a constant
    everything = _grouped(Page.objects.filter(in_hits), "", Value("", output_field=CharField()))
    parts = [everything]
    for facet in FACETS:
        parts.extend(_facet_parts(in_hits, filters, facet))
    union = parts[0].union(*parts[1:], all=True)
    hits_sql, hits_params = hits.order_by().query.sql_with_params()
    union_sql, union_params = union.query.sql_with_params()
    materialized = "MATERIALIZED " if connection.vendor in ("postgresql", "sqlite") else ""
    sql = f"WITH {HITS} (id) AS {materialized}({hits_sql}) {union_sql}"
    return sql, (*hits_params, *union_params)


def count(hits, filters):
    """``Counts`` of ``hits`` under ``filters``, read from the database in one statement."""
    if isinstance(hits, (list, tuple)):  # a search server's ids
        hits = Page.objects.filter(pk__in=hits).values("pk")
    sql, params = statement(hits, filters)
    counts = {facet: Counter() for facet in FACETS}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, number in cursor.fetchall():
            if not facet:
                total += number
            elif value is not None:
                counts[facet][int(value) if facet == "year" else value] += number
    chosen_types = filters.type or type_values()
    matching = sum(counts["type"][value] for value in chosen_types)
    return total, matching, counts


TAXONOMY = {"country": (Country, "iso_code"), "theme": (Theme, "slug")}


def _names(values, locale):
    """(facet, value) to the name of each country and theme in ``values`` (facet to
    values), in ``locale`` where it is translated: one statement for both."""
    parts = [
        model.objects.filter(**{f"{key}__in": values[facet]})
        .order_by()
        .annotate(
            hub_facet=Value(facet, output_field=CharField()),
            hub_value=Cast(F(key), CharField()),
            hub_name=F("name"),
            hub_locale=F("locale_id"),
        )
        .values_list("hub_facet", "hub_value", "hub_name", "hub_locale")
        for facet, (model, key) in TAXONOMY.items()
        if values.get(facet)
    ]
    if not parts:
        return {}
    names = {}
    for facet, value, name, locale_id in parts[0].union(*parts[1:], all=True):
        if locale_id == locale.pk or (facet, value) not in names:
            names[(facet, value)] = name
    return names


def _labels(facet, values, names):
    if facet == "type":
        return {value: str(type_label(value)) for value in values}
    return {value: names.get((facet, value), str(value)) for value in values}


def _order(facet, options):
    if facet == "type":
        order = type_values()
        options.sort(key=lambda option: order.index(option.value))
    elif facet == "year":
        options.sort(key=lambda option: option.value, reverse=True)
    else:
        options.sort(key=lambda option: option.label.casefold())
    return options


def options(counts, filters, locale):
    """Each facet's options: every value with results, and every chosen value."""
    values = {}
    for facet in FACETS:
        found = counts[facet]
        chosen = getattr(filters, facet)
        values[facet] = [value for value, number in found.items() if number]
        values[facet] += [value for value in chosen if not found.get(value)]
    names = _names(values, locale)
    facets = {}
    for facet in FACETS:
        chosen, found = getattr(filters, facet), counts[facet]
        labels = _labels(facet, values[facet], names)
        facets[facet] = _order(
            facet,
            [
                FacetOption(value, labels[value], found.get(value, 0), value in chosen)
                for value in values[facet]
            ],
        )
    return facets


def facet_counts(hits, filters, locale, *, query_string, promoted_ids):
    """The ``Counts`` of a search, from the cache when this query was counted since the
    content last changed."""

    def compute():
        total, matching, counts = count(hits, filters)
        return Counts(total=total, matching=matching, facets=options(counts, filters, locale))

    return cached("facets", (locale.pk, query_string, filters, tuple(promoted_ids)), compute)
