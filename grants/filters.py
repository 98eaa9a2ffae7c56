"""The filters of the grants page and its API: country, theme and year.

One parser serves the HTML page (which drops a malformed value and says so) and the JSON
endpoints (which answer 400). Well-formed values that match nothing simply give an empty
result.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

FIRST_YEAR = 1990
LAST_YEAR = 2100


@dataclass(frozen=True)
class GrantFilters:
    country: str = ""
    theme: str = ""
    year: int | None = None

    @classmethod
    def from_query(cls, query):
        """The filters in ``query`` (a QueryDict) and a message for each malformed one."""
        errors = {}
        country = (query.get("country") or "").strip()
        if country and not re.fullmatch(r"[A-Za-z]{2}", country):
            errors["country"] = _("country must be an ISO 3166-1 alpha-2 code such as KZ.")
            country = ""
        theme = (query.get("theme") or "").strip()
        if theme and not re.fullmatch(r"[-a-zA-Z0-9_]{1,100}", theme):
            errors["theme"] = _("theme must be a theme's slug such as fair-housing.")
            theme = ""
        year_text = (query.get("year") or "").strip()
        year = None
        if year_text:
            if year_text.isascii() and year_text.isdigit() and len(year_text) == 4:
                year = int(year_text)
            if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
                errors["year"] = _("year must be a year between %(first)s and %(last)s.") % {
                    "first": FIRST_YEAR,
                    "last": LAST_YEAR,
                }
                year = None
        return cls(country=country.upper(), theme=theme.lower(), year=year), errors

    @property
    def is_active(self):
        return bool(self.country or self.theme or self.year)

    @property
    def selects_grants(self):
        """Theme and year are properties of grants; country is one of the grantee."""
        return bool(self.theme or self.year)

    def as_dict(self):
        return {"country": self.country or None, "theme": self.theme or None, "year": self.year}

    def as_query(self):
        return {key: value for key, value in self.as_dict().items() if value}
