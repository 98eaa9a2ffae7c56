"""One rule per query parameter: the listings, the grants and search pages and the API
read country, theme and year alike, and the API's document describes the same rule."""

import pytest
from django.http import QueryDict

from academy.catalogue import read_selection
from articles.listing import FACETS as LIBRARY_FACETS
from core.filters import COUNTRY, PAGE, THEME, YEAR, InvalidParameter
from grants.filters import GrantFilters
from search.query import InvalidSearch, parse_params


@pytest.mark.parametrize("raw", ["\x1d9", "\x1f1", "9\x1c", " 7", "٣", "1_0", "+3", "", "1e3"])
def test_integers_are_ascii_digits_only(raw):
    if raw == "":
        assert PAGE.clean(raw) is None
        return
    with pytest.raises(InvalidParameter):
        PAGE.clean(raw)


def test_every_listing_reads_the_same_years_and_themes():
    for year, valid in [("1900", True), ("2100", True), ("1899", False), ("2101", False)]:
        query = QueryDict(f"year={year}")
        assert (GrantFilters.from_query(query)[0].year == int(year)) is valid
        assert (LIBRARY_FACETS["year"].clean(year) == int(year)) is valid
        if valid:
            assert parse_params(query, strict=True).filters.year == (int(year),)
        else:
            with pytest.raises(InvalidSearch):
                parse_params(query, strict=True)
    for slug in ("fair-housing", "Fair_Housing", "bad slug", "x" * 101, "жильё"):
        expected = slug.lower() if THEME.pattern and _valid(THEME, slug) else None
        assert LIBRARY_FACETS["theme"].clean(slug) == expected
        assert (GrantFilters.from_query(QueryDict(f"theme={slug}"))[0].theme or None) == expected
        assert read_selection(QueryDict(f"theme={slug}"), {"fair-housing", "fair_housing"}).get(
            "theme"
        ) == (expected if expected in {"fair-housing", "fair_housing"} else None)


def _valid(parameter, raw):
    try:
        parameter.clean(raw)
    except InvalidParameter:
        return False
    return True


def test_schemas_state_the_rules():
    assert YEAR.schema()["anyOf"][0] == {"type": "integer", "minimum": 1900, "maximum": 2100}
    assert COUNTRY.schema()["pattern"] == "^$|^[A-Za-z]{2}$"
    assert COUNTRY.clean("kz") == "KZ"
