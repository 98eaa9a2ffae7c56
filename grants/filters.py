"""The filters of the grants page and its API: country, theme and year.

One parser serves the HTML page (which drops a malformed value and says so) and the JSON
endpoints (which answer 400); the rules of each filter are the site's shared ones
(``core/filters.py``). Well-formed values that match nothing simply give an empty result.
"""

from dataclasses import dataclass

from core.filters import COUNTRY, THEME, YEAR, read_all

PARAMETERS = (COUNTRY, THEME, YEAR)


@dataclass(frozen=True)
class GrantFilters:
    country: str = ""
    theme: str = ""
    year: int | None = None

    @classmethod
    def from_query(cls, query):
        """The filters in ``query`` (a QueryDict) and a message for each malformed one."""
        values, errors = read_all(query, PARAMETERS)
        return (
            cls(country=values["country"] or "", theme=values["theme"] or "", year=values["year"]),
            errors,
        )

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
