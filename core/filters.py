"""One validation per query parameter, shared by the faceted listings and the JSON API.

The library and newsroom, the academy catalogue, the grants page, the search page and the
API read the same filters (``country``, ``theme``, ``year``, ``locale``, ``page``). Each is
declared here once, as a :class:`Parameter`: its type, range, pattern or list of values.
``clean`` reads a value the way every listing reads it, and ``schema`` describes the same
rule as JSON Schema for the OpenAPI document (``api/parameters.py``), so the pages, the
endpoints and their documentation can never disagree about what a valid value is.

HTML listings drop a malformed value (and may say so); the API answers 400 with the
parameter's message. Well-formed values that match nothing give an empty result.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

# Decimal digits only: int() would also accept spaces, underscores and other scripts' digits.
INTEGER = re.compile(r"-?[0-9]{1,19}")
# Control characters (NUL included), which no filter needs and PostgreSQL refuses.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"

FIRST_YEAR = 1900
LAST_YEAR = 2100


class InvalidParameter(ValueError):
    """A malformed value; the message says what the parameter accepts, not what it got."""

    def __init__(self, name, message):
        super().__init__(str(message))
        self.name = name
        self.message = message


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _unchanged(value):
    return value


@dataclass(frozen=True)
class Parameter:
    """A query parameter: what it accepts, how it is normalised and how it is documented.

    ``pattern`` is anchored (``^...$``) and written so that Python and JSON Schema read it
    alike. ``choices`` is a sequence or a callable returning one (languages come from the
    settings). ``allow_empty``: an empty value means "not given", as a GET form sends it.
    ``free_text``: any text, control characters included (the reader cleans it).
    """

    name: str
    description: str = ""
    kind: str = "string"
    pattern: str = ""
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    choices: object = None
    normalise: Callable = _unchanged
    help: object = None
    allow_empty: bool = True
    free_text: bool = False
    required: bool = False
    extra_schema: dict = field(default_factory=dict)

    def values(self):
        if self.choices is None:
            return None
        return list(self.choices() if callable(self.choices) else self.choices)

    def read(self, query):
        """The cleaned value of the parameter in a QueryDict (None when absent)."""
        return self.clean(query.get(self.name))

    def clean(self, raw):
        if raw is None or (raw == "" and self.allow_empty):
            return None
        if self.kind == "integer":
            return self._integer(raw)
        if not self.free_text and CONTROL_CHARACTERS.search(raw):
            raise self.invalid(_("%(name)s must not contain control characters."))
        if self.max_length is not None and len(raw) > self.max_length:
            raise self.invalid(
                _("%(name)s must be at most %(length)s characters long."),
                length=self.max_length,
            )
        choices = self.values()
        if choices is not None and raw not in choices:
            raise self.invalid(
                self.help or _("%(name)s must be one of: %(values)s."), values=", ".join(choices)
            )
        if self.pattern and not re.fullmatch(self.pattern, raw):
            raise self.invalid(self.help or _("%(name)s is not in the documented form."))
        return self.normalise(raw)

    def _integer(self, raw):
        value = int(raw) if INTEGER.fullmatch(raw) else None
        if (
            value is None
            or (self.minimum is not None and value < self.minimum)
            or (self.maximum is not None and value > self.maximum)
        ):
            raise self.invalid(
                self.help or _("%(name)s must be a whole number from %(minimum)s to %(maximum)s."),
                minimum=self.minimum,
                maximum=self.maximum,
            )
        return value

    def invalid(self, message, **values):
        first, last = self.minimum, self.maximum
        values = {"name": self.name, "first": first, "last": last, **values}
        if "%(codes)s" in str(message):
            values["codes"] = ", ".join(self.values() or ())
        return InvalidParameter(self.name, str(message) % values)

    def schema(self):
        """The JSON Schema of the values ``clean`` accepts."""
        if self.kind == "integer":
            schema = {"type": "integer"}
            if self.minimum is not None:
                schema["minimum"] = self.minimum
            if self.maximum is not None:
                schema["maximum"] = self.maximum
            if self.allow_empty:  # a GET form sends "year=" for "any year"
                schema = {"anyOf": [schema, {"type": "string", "maxLength": 0}]}
            return schema | self.extra_schema
        schema = {"type": "string"}
        choices = self.values()
        if choices is not None:
            schema["enum"] = [""] + choices if self.allow_empty else choices
        elif self.pattern:
            schema["pattern"] = f"^$|{self.pattern}" if self.allow_empty else self.pattern
        elif not self.free_text:
            schema["pattern"] = PRINTABLE
        if self.max_length is not None and choices is None:
            schema["maxLength"] = self.max_length
        if not self.allow_empty and choices is None:
            schema["minLength"] = 1
        return schema | self.extra_schema


def read_all(query, parameters):
    """``({name: value}, {name: message})`` of the parameters in ``query``."""
    values, errors = {}, {}
    for parameter in parameters:
        try:
            values[parameter.name] = parameter.read(query)
        except InvalidParameter as error:
            values[parameter.name] = None
            errors[parameter.name] = error.message
    return values, errors


def split_values(query, name):
    """The comma-separated values of a facet given once or several times, blanks dropped."""
    values = []
    for raw in query.getlist(name):
        values.extend(part for part in raw.split(",") if part)
    return values


# The facets every listing shares ------------------------------------------------------

COUNTRY = Parameter(
    "country",
    "ISO 3166-1 alpha-2 code of a programme country, e.g. `KZ` (either case).",
    pattern=r"^[A-Za-z]{2}$",
    normalise=str.upper,
    help=_("country must be a two-letter ISO 3166-1 code, for example KZ."),
)
THEME = Parameter(
    "theme",
    "A theme's slug, e.g. `fair-housing` (either case).",
    pattern=r"^[-A-Za-z0-9_]{1,100}$",
    normalise=str.lower,
    help=_("theme must be a theme's slug such as fair-housing."),
)
YEAR = Parameter(
    "year",
    f"A year from {FIRST_YEAR} to {LAST_YEAR}.",
    kind="integer",
    minimum=FIRST_YEAR,
    maximum=LAST_YEAR,
    help=_("year must be a year from %(first)d to %(last)d."),
)
LOCALE = Parameter(
    "locale",
    "Content language. Another value answers 400.",
    choices=content_languages,
    help=_("locale must be one of: %(codes)s."),
)
PAGE = Parameter(
    "page",
    "Page of the listing, from 1.",
    kind="integer",
    minimum=1,
    maximum=10**6,
    help=_("page must be a whole number from 1."),
)
