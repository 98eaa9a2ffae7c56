"""Validation of one row of the grants table, as two Django forms: the grant and its grantee.

Forms rather than hand-written checks, so the rules read like the model's fields and the
messages come from one place. Every message names the column and, where it helps, quotes
the cell, because the person reading them is fixing a spreadsheet: ``{column}`` and
``{value}`` in a message are replaced by the column's name and the cell's text.

Countries and themes are looked up in dictionaries read once per import (``Taxonomy``),
not with ``ModelChoiceField``, which would query the database once per row.
"""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, URLValidator

from core.models import Country, Theme

from .models import CURRENCIES, Grant
from .opendata import GRANT_COLUMNS, GRANTEE_COLUMNS, format_cell

web_address = URLValidator(schemes=["http", "https"])
# Spaces that spreadsheet programs put between thousands: plain, no-break, narrow no-break.
THOUSANDS_SPACES = str.maketrans("", "", " \u00a0\u202f")


def without_spaces(number):
    return number.translate(THOUSANDS_SPACES)


class Taxonomy:
    """The source language's countries and themes, read once per import."""

    def __init__(self):
        source = {"locale__language_code": settings.LANGUAGE_CODE}
        self.countries = {country.iso_code: country for country in Country.objects.filter(**source)}
        self.themes = {theme.slug: theme for theme in Theme.objects.filter(**source)}


@dataclass
class Row:
    number: int
    grant: dict
    grantee: dict
    cells: dict  # the row's canonical text, to compare with what is saved


def text(max_length=None, required=False, validators=()):
    return forms.CharField(
        max_length=max_length,
        required=required,
        validators=list(validators),
        error_messages={
            "required": "{column} is required",
            "max_length": "{column} is longer than %(limit_value)d characters",
        },
    )


class RoundedDecimalField(forms.DecimalField):
    """A number rounded to ``places`` (spreadsheets write more digits than we keep); spaces
    between thousands are allowed."""

    def __init__(self, places, **kwargs):
        self.places = places
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"] = {
            "required": "{column} is required",
            "invalid": "{column} {value!r} is not a number",
        } | kwargs["error_messages"]
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            number = Decimal(without_spaces(str(value)))
        except InvalidOperation:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not number.is_finite():
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number.quantize(Decimal(1).scaleb(-self.places))


class CoordinateField(RoundedDecimalField):
    def __init__(self, limit):
        message = f"{{column}} {{value}} is outside -{limit} to {limit}"
        super().__init__(
            places=6,
            min_value=-limit,
            max_value=limit,
            error_messages={"min_value": message, "max_value": message},
        )


class IsoDateField(forms.DateField):
    """Dates as the export writes them (2019-03-31), whatever the server's locale."""

    input_formats = ["iso-8601"]
    default_error_messages = {
        "required": "{column} is required",
        "invalid": "{column} {value!r} is not a date like 2019-03-31",
    }

    def strptime(self, value, format):
        return date.fromisoformat(value)


class CodeField(forms.ChoiceField):
    """A code from a fixed list, in any letter case; an empty cell means ``default``."""

    def __init__(self, choices, default, normalise):
        self.default, self.normalise = default, normalise
        codes = ", ".join(code for code, _ in choices)
        super().__init__(
            choices=choices,
            required=False,
            error_messages={"invalid_choice": f"{{column}} {{value!r}} is not one of {codes}"},
        )

    def to_python(self, value):
        return self.normalise(value) if value else self.default


class LookupField(forms.Field):
    """A key of ``mapping`` (a theme's slug, a country's ISO code), cleaned to its object."""

    default_error_messages = {"required": "{column} is required"}

    def __init__(self, mapping, message, normalise=str, **kwargs):
        self.mapping, self.normalise = mapping, normalise
        super().__init__(**kwargs)
        self.error_messages["unknown"] = message

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return self.mapping[self.normalise(value)]
        except KeyError:
            raise ValidationError(self.error_messages["unknown"], code="unknown") from None


class SplitField(forms.Field):
    """Several values in one cell; each is checked on its own and every bad one reported."""

    def __init__(self, separator, clean_item, **kwargs):
        self.separator, self.clean_item = separator, clean_item
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if not value:
            return []
        parts = value.split(self.separator) if self.separator else value.split()
        items, errors = [], []
        for part in filter(None, (part.strip() for part in parts)):
            try:
                items.append(self.clean_item(part))
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return items


class WholeNumberField(forms.Field):
    default_error_messages = {"invalid": "{column} {value!r} is not a whole number ≥ 0"}

    def to_python(self, value):
        digits = without_spaces(value or "0")
        if not (digits.isascii() and digits.isdigit()):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return int(digits)


class RowForm(forms.Form):
    """A form over one row's cells whose messages name the column and quote the cell."""

    def __init__(self, cells, taxonomy):
        self.taxonomy = taxonomy
        super().__init__(data=cells)

    def problems(self):
        messages = []
        for column, errors in self.errors.as_data().items():
            cell = self.data.get(column, "")
            for error in errors:
                # A message about one value of a cell that holds several quotes it as {item}.
                item = (error.params or {}).get("item", cell)
                messages.extend(
                    message.format(column=column, value=cell, item=item) for message in error
                )
        return messages


def valid_url(value):
    try:
        web_address(value)
    except ValidationError:
        raise ValidationError(
            "{item!r} is not a web address (http:// or https://)", params={"item": value}
        ) from None
    return value


class GrantRowForm(RowForm):
    """The grant's columns of a row."""

    reference = text(
        max_length=40,
        required=True,
        validators=[
            RegexValidator(
                re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$"),
                "{column} {value!r} may only use letters, digits, . _ / -",
            )
        ],
    )
    grant_title = text(max_length=255, required=True)
    amount = RoundedDecimalField(
        places=2,
        min_value=0,
        max_value=Decimal("9999999999.99"),
        error_messages={
            "min_value": "{column} cannot be negative",
            "max_value": "{column} is too large",
        },
    )
    currency = CodeField(sorted(CURRENCIES), default="USD", normalise=str.upper)
    start_date = IsoDateField()
    end_date = IsoDateField(required=False)
    status = CodeField(Grant.Status.choices, default=Grant.Status.ACTIVE, normalise=str.lower)
    theme = LookupField({}, "{column} {value!r} is not a theme's slug")

    def __init__(self, cells, taxonomy):
        super().__init__(cells, taxonomy)
        self.fields["theme"].mapping = taxonomy.themes

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            raise ValidationError("end_date is before start_date")
        return cleaned


class GranteeRowForm(RowForm):
    """The grantee's columns of a row; every row of one organisation repeats them."""

    organisation = text(max_length=255, required=True)
    short_name = text(max_length=60)
    country = LookupField(
        {}, "{column} {value!r} is not the ISO code of a known country", normalise=str.upper
    )
    region = text(max_length=100)
    city = text(max_length=100, required=True)
    latitude = CoordinateField(90)
    longitude = CoordinateField(180)
    address = text(max_length=300)
    website = text(validators=[valid_url])
    email = forms.EmailField(
        required=False,
        error_messages={"invalid": "{column} {value!r} is not an email address"},
    )
    phone = text(max_length=50)
    social_links = SplitField(None, valid_url)
    contact_name = text(max_length=150)
    contact_role = text(max_length=150)
    project_title = text(max_length=255, required=True)
    project_summary = text(max_length=800, required=True)
    beneficiaries = WholeNumberField(required=False)
    themes = SplitField(";", None)

    def __init__(self, cells, taxonomy):
        super().__init__(cells, taxonomy)
        self.fields["country"].mapping = taxonomy.countries
        self.fields["themes"].clean_item = self.theme_of_slug

    def theme_of_slug(self, slug):
        try:
            return self.taxonomy.themes[slug]
        except KeyError:
            raise ValidationError(
                "{column}: {item!r} is not a theme's slug", params={"item": slug}
            ) from None


def parse_row(number, cells, taxonomy):
    """A validated ``Row``, or the list of messages about what is wrong with it."""
    grant_form = GrantRowForm(cells, taxonomy)
    grantee_form = GranteeRowForm(cells, taxonomy)
    grant_valid, grantee_valid = grant_form.is_valid(), grantee_form.is_valid()
    if not (grant_valid and grantee_valid):
        return grant_form.problems() + grantee_form.problems()
    grant = {attr: grant_form.cleaned_data[column] for column, attr in GRANT_COLUMNS}
    grantee = {attr: grantee_form.cleaned_data[column] for column, attr in GRANTEE_COLUMNS}
    canonical = {column: format_cell(column, grant[attr]) for column, attr in GRANT_COLUMNS}
    canonical |= {column: format_cell(column, grantee[attr]) for column, attr in GRANTEE_COLUMNS}
    return Row(number=number, grant=grant, grantee=grantee, cells=canonical)
