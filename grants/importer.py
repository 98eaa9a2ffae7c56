"""Import of the grants table (``python manage.py import_grants FILE``).

Three steps, so that a bad file changes nothing: every row is validated, the rows are
matched to grantee pages (an existing grant reference finds its grantee; otherwise the
organisation's name does; otherwise a new grantee page is planned), and only a file
without a single error is written, in one transaction.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils.text import slugify

from core.models import Country, Theme

from .models import CURRENCIES, Grant, GranteePage, GrantsIndexPage
from .opendata import GRANT_COLUMNS, GRANTEE_COLUMNS, format_cell, grant_cells, grantee_cells

REQUIRED = [
    "reference",
    "grant_title",
    "amount",
    "start_date",
    "theme",
    "organisation",
    "country",
    "city",
    "latitude",
    "longitude",
    "project_title",
    "project_summary",
]
MAX_LENGTHS = {
    "reference": 40,
    "grant_title": 255,
    "organisation": 255,
    "short_name": 60,
    "region": 100,
    "city": 100,
    "address": 300,
    "phone": 50,
    "contact_name": 150,
    "contact_role": 150,
    "project_title": 255,
    "project_summary": 800,
}
CURRENCY_CODES = {code for code, _ in CURRENCIES}
REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
validate_url = URLValidator(schemes=["http", "https"])
validate_email = EmailValidator()


class ImportError(Exception):  # noqa: A001 - the import's own error
    """The file cannot be imported; ``problems`` lists what is wrong, row by row."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Row:
    number: int
    grant: dict
    grantee: dict
    cells: dict  # the row's canonical text, to compare with what is saved


@dataclass
class GranteePlan:
    rows: list
    page: GranteePage | None = None  # None: a new grantee page
    changed_fields: list = field(default_factory=list)
    new_references: list = field(default_factory=list)
    changed_references: list = field(default_factory=list)

    @property
    def title(self):
        return self.rows[0].grantee["title"]

    @property
    def has_changes(self):
        return (
            self.page is None
            or self.changed_fields
            or self.new_references
            or self.changed_references
        )


@dataclass
class ImportPlan:
    index_page: GrantsIndexPage
    grantees: list

    def summary(self):
        new = [plan for plan in self.grantees if plan.page is None]
        updated = [plan for plan in self.grantees if plan.page is not None and plan.has_changes]
        unchanged = len(self.grantees) - len(new) - len(updated)
        new_grants = sum(len(plan.new_references) for plan in self.grantees)
        changed_grants = sum(len(plan.changed_references) for plan in self.grantees)
        return {
            "new_grantees": len(new),
            "updated_grantees": len(updated),
            "unchanged_grantees": unchanged,
            "new_grants": new_grants,
            "updated_grants": changed_grants,
        }

    def describe(self):
        """One line per grantee that would change."""
        lines = []
        for plan in self.grantees:
            if plan.page is None:
                lines.append(
                    f"create grantee “{plan.title}” with grants " + ", ".join(plan.new_references)
                )
            elif plan.has_changes:
                parts = []
                if plan.changed_fields:
                    parts.append("changed " + ", ".join(plan.changed_fields))
                if plan.new_references:
                    parts.append("new grants " + ", ".join(plan.new_references))
                if plan.changed_references:
                    parts.append("changed grants " + ", ".join(plan.changed_references))
                lines.append(f"update grantee “{plan.title}”: " + "; ".join(parts))
        return lines


class Taxonomy:
    """The source language's countries and themes, read once per import."""

    def __init__(self):
        source = {"locale__language_code": settings.LANGUAGE_CODE}
        self.countries = {country.iso_code: country for country in Country.objects.filter(**source)}
        self.themes = {theme.slug: theme for theme in Theme.objects.filter(**source)}


def _decimal(text, places):
    try:
        value = Decimal(text.replace(" ", ""))
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return value.quantize(Decimal(1).scaleb(-places))


def parse_row(number, cells, taxonomy):
    """A validated ``Row``, or the list of messages about what is wrong with it."""
    errors = []
    for column in REQUIRED:
        if not cells.get(column):
            errors.append(f"{column} is required")
    for column, limit in MAX_LENGTHS.items():
        if len(cells.get(column, "")) > limit:
            errors.append(f"{column} is longer than {limit} characters")

    reference = cells["reference"]
    if reference and not REFERENCE.match(reference):
        errors.append(f"reference {reference!r} may only use letters, digits, . _ / -")

    amount = None
    if cells["amount"]:
        amount = _decimal(cells["amount"], 2)
        if amount is None:
            errors.append(f"amount {cells['amount']!r} is not a number")
        elif amount < 0:
            errors.append("amount cannot be negative")
        elif amount >= Decimal("1e10"):
            errors.append("amount is too large")
    currency = (cells["currency"] or "USD").upper()
    if currency not in CURRENCY_CODES:
        errors.append(
            f"currency {cells['currency']!r} is not one of " + ", ".join(sorted(CURRENCY_CODES))
        )

    dates = {}
    for column in ("start_date", "end_date"):
        dates[column] = None
        if cells[column]:
            try:
                dates[column] = date.fromisoformat(cells[column])
            except ValueError:
                errors.append(f"{column} {cells[column]!r} is not a date like 2019-03-31")
    if dates["start_date"] and dates["end_date"] and dates["end_date"] < dates["start_date"]:
        errors.append("end_date is before start_date")

    status = (cells["status"] or Grant.Status.ACTIVE).lower()
    if status not in Grant.Status.values:
        errors.append(f"status {cells['status']!r} is not one of " + ", ".join(Grant.Status.values))

    theme = taxonomy.themes.get(cells["theme"])
    if cells["theme"] and theme is None:
        errors.append(f"theme {cells['theme']!r} is not a theme's slug")
    country = taxonomy.countries.get(cells["country"].upper())
    if cells["country"] and country is None:
        errors.append(f"country {cells['country']!r} is not the ISO code of a known country")

    coordinates = {}
    for column, limit in (("latitude", 90), ("longitude", 180)):
        coordinates[column] = None
        if cells[column]:
            value = _decimal(cells[column], 6)
            if value is None:
                errors.append(f"{column} {cells[column]!r} is not a number")
            elif not -limit <= value <= limit:
                errors.append(f"{column} {cells[column]} is outside -{limit} to {limit}")
            else:
                coordinates[column] = value

    beneficiaries = 0
    if cells["beneficiaries"]:
        text = cells["beneficiaries"].replace(" ", "")
        if text.isascii() and text.isdigit():
            beneficiaries = int(text)
        else:
            errors.append(f"beneficiaries {cells['beneficiaries']!r} is not a whole number ≥ 0")

    links = cells["social_links"].split()
    for url in ([cells["website"]] if cells["website"] else []) + links:
        try:
            validate_url(url)
        except ValidationError:
            errors.append(f"{url!r} is not a web address (http:// or https://)")
    if cells["email"]:
        try:
            validate_email(cells["email"])
        except ValidationError:
            errors.append(f"email {cells['email']!r} is not an email address")

    themes = []
    for slug in filter(None, (part.strip() for part in cells["themes"].split(";"))):
        if slug in taxonomy.themes:
            themes.append(taxonomy.themes[slug])
        else:
            errors.append(f"themes: {slug!r} is not a theme's slug")

    if errors:
        return errors
    grant = {
        "reference": reference,
        "title": cells["grant_title"],
        "amount": amount,
        "currency": currency,
        "start_date": dates["start_date"],
        "end_date": dates["end_date"],
        "status": status,
        "theme": theme,
    }
    grantee = {
        "title": cells["organisation"],
        "short_name": cells["short_name"],
        "country": country,
        "region": cells["region"],
        "city": cells["city"],
        "latitude": coordinates["latitude"],
        "longitude": coordinates["longitude"],
        "address": cells["address"],
        "website": cells["website"],
        "email": cells["email"],
        "phone": cells["phone"],
        "social_links": links,
        "contact_name": cells["contact_name"],
        "contact_role": cells["contact_role"],
        "project_title": cells["project_title"],
        "project_summary": cells["project_summary"],
        "beneficiaries": beneficiaries,
        "themes": themes,
    }
    canonical = {column: format_cell(column, grant[attr]) for column, attr in GRANT_COLUMNS}
    canonical |= {column: format_cell(column, grantee[attr]) for column, attr in GRANTEE_COLUMNS}
    return Row(number=number, grant=grant, grantee=grantee, cells=canonical)


def grants_index_for(language_code):
    index = (
        GrantsIndexPage.objects.filter(locale__language_code=language_code, alias_of__isnull=True)
        .order_by("path")
        .first()
    )
    if index is None:
        raise ImportError(
            [f"There is no grants page in the locale {language_code!r} to import under."]
        )
    return index


def _current(page):
    """What an editor sees of ``page``: its latest draft if it has one."""
    if page.has_unpublished_changes:
        return page.get_latest_revision_as_object()
    return page


def plan_import(table, language_code=None, progress=None):
    """Validate every row and match it to a grantee; raise ``ImportError`` listing all problems."""
    language_code = language_code or settings.LANGUAGE_CODE
    index = grants_index_for(language_code)
    taxonomy = Taxonomy()
    problems = []
    rows = []
    for position, (number, cells) in enumerate(table, start=1):
        parsed = parse_row(number, cells, taxonomy)
        if isinstance(parsed, list):
            problems.append(f"row {number}: " + "; ".join(parsed))
        else:
            rows.append(parsed)
        if progress and position % 500 == 0:
            progress(f"checked {position} of {len(table)} rows")

    first_row_of_reference = {}
    for row in rows:
        reference = row.grant["reference"]
        if reference in first_row_of_reference:
            problems.append(
                f"row {row.number}: reference {reference} is also on row "
                f"{first_row_of_reference[reference]}"
            )
        else:
            first_row_of_reference[reference] = row.number

    groups = {}
    for row in rows:
        groups.setdefault(row.grantee["title"].strip().casefold(), []).append(row)
    grantee_columns = [column for column, _ in GRANTEE_COLUMNS]
    for group in groups.values():
        first = group[0]
        for row in group[1:]:
            differing = [c for c in grantee_columns if row.cells[c] != first.cells[c]]
            if differing:
                problems.append(
                    f"row {row.number}: {', '.join(differing)} differ from row {first.number} "
                    "of the same organisation"
                )

    existing = (
        GranteePage.objects.filter(locale=index.locale)
        .select_related("country")
        .prefetch_related("themes", "grants__theme")
    )
    grantee_of_reference = dict(
        Grant.objects.filter(locale=index.locale).values_list("reference", "grantee_id")
    )
    pages = {}
    pages_by_title = {}
    for page in existing.filter(pk__in=set(grantee_of_reference.values())) | existing.child_of(
        index
    ):
        pages[page.pk] = page
        pages_by_title.setdefault(page.title.strip().casefold(), []).append(page)

    plans = []
    claimed = {}
    for name, group in groups.items():
        candidates = {
            grantee_of_reference[row.grant["reference"]]
            for row in group
            if row.grant["reference"] in grantee_of_reference
        }
        if not candidates:
            same_name = pages_by_title.get(name, [])
            if len(same_name) > 1:
                problems.append(
                    f"row {group[0].number}: {len(same_name)} grantees are called "
                    f"{group[0].grantee['title']!r}; add a grant reference they already have"
                )
                continue
            candidates = {page.pk for page in same_name}
        if len(candidates) > 1:
            numbers = ", ".join(str(row.number) for row in group)
            problems.append(
                f"rows {numbers}: the grant references of {group[0].grantee['title']!r} belong "
                "to different grantees"
            )
            continue
        page_id = next(iter(candidates), None)
        if page_id is not None:
            if page_id in claimed:
                problems.append(
                    f"row {group[0].number}: matches the same grantee as row {claimed[page_id]} "
                    "under another organisation name"
                )
                continue
            claimed[page_id] = group[0].number
        plans.append(_plan_grantee(group, pages.get(page_id) if page_id else None))

    if problems:
        raise ImportError(problems)
    return ImportPlan(index_page=index, grantees=plans)


def _plan_grantee(rows, page):
    plan = GranteePlan(rows=rows)
    if page is None:
        plan.new_references = [row.grant["reference"] for row in rows]
        return plan
    plan.page = page = _current(page)
    saved = grantee_cells(page)
    plan.changed_fields = [
        column for column, _ in GRANTEE_COLUMNS if saved[column] != rows[0].cells[column]
    ]
    saved_grants = {grant.reference: grant_cells(grant) for grant in page.grants.all()}
    for row in rows:
        reference = row.grant["reference"]
        if reference not in saved_grants:
            plan.new_references.append(reference)
        elif any(saved_grants[reference][c] != row.cells[c] for c, _ in GRANT_COLUMNS):
            plan.changed_references.append(reference)
    return plan


def _unique_slug(index, title, taken):
    base = slugify(title)[:70] or "grantee"
    slug, counter = base, 2
    while slug in taken:
        slug, counter = f"{base}-{counter}", counter + 1
    taken.add(slug)
    return slug


def _fill_page(page, values):
    for attribute, value in values.items():
        if attribute == "themes":
            page.themes = value
        elif attribute == "social_links":
            page.social_links = [("link", url) for url in value]
        else:
            setattr(page, attribute, value)


def _fill_grants(page, rows):
    grants = list(page.grants.all())
    by_reference = {grant.reference: grant for grant in grants}
    for row in rows:
        grant = by_reference.get(row.grant["reference"])
        if grant is None:
            grant = Grant(locale=page.locale)
            grants.append(grant)
        for attribute, value in row.grant.items():
            setattr(grant, attribute, value)
    page.grants = grants


def apply_import(plan, publish=False, progress=None):
    """Write ``plan`` in one transaction; returns the pages created or changed."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    index = plan.index_page
    changing = [grantee for grantee in plan.grantees if grantee.has_changes]
    taken = set(index.get_children().values_list("slug", flat=True))
    written = []
    with transaction.atomic():
        for position, grantee in enumerate(changing, start=1):
            rows = grantee.rows
            if grantee.page is None:
                page = GranteePage(
                    locale=index.locale,
                    slug=_unique_slug(index, rows[0].grantee["title"], taken),
                    live=False,
                )
                _fill_page(page, rows[0].grantee)
                _fill_grants(page, rows)
                index.add_child(instance=page)
                revision = page.save_revision(log_action=True)
                if publish:
                    revision.publish()
                create_aliases_for_new_page(page)
            else:
                page = grantee.page
                _fill_page(page, rows[0].grantee)
                _fill_grants(page, rows)
                revision = page.save_revision(log_action=True)
                if publish:
                    revision.publish()
            written.append(page)
            if progress and (position % 25 == 0 or position == len(changing)):
                progress(f"wrote {position} of {len(changing)} grantees")
    return written
