"""Builders for search tests: live pages of every searchable type, with their facets."""

from tests.factories import CountryFactory, ThemeFactory
from tests.grants.factories import GrantsIndexPageFactory, add_grantee

from .conftest import publish

COUNTRIES = {"KZ": "Kazakhstan", "KG": "Kyrgyzstan", "UZ": "Uzbekistan"}
THEMES = {"fair-housing": "Fair housing", "older-people": "Older people"}


def taxonomy():
    """Three countries and two themes in English, keyed by code and slug."""
    countries = {code: CountryFactory(iso_code=code, name=name) for code, name in COUNTRIES.items()}
    themes = {slug: ThemeFactory(slug=slug, name=name) for slug, name in THEMES.items()}
    return countries, themes


def grants_index(home):
    return GrantsIndexPageFactory(parent=home)


def grantee(index, title, country, themes=(), years=(2019,), summary="A community project."):
    """A published grantee with one grant per year, indexed with its themes and grants."""
    page = add_grantee(
        index,
        country,
        grants=[(themes[0] if themes else None, 5000, year) for year in years],
        title=title,
        project_summary=summary,
    )
    page.themes.set(themes)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def standard(home, title, intro=""):
    return publish(home, title=title, intro=intro)
