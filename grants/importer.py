"""Import of the grants table (``python manage.py import_grants FILE``).

Three steps, so that a bad file changes nothing: every row is validated, the rows are
matched to grantee pages (an existing grant reference finds its grantee; otherwise the
organisation's name does; otherwise a new grantee page is planned), and only a file
without a single error is written, in one transaction.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from .import_forms import Taxonomy, parse_row
from .models import Grant, GranteePage, GrantsIndexPage
from .opendata import GRANT_COLUMNS, GRANTEE_COLUMNS, grant_cells, grantee_cells


class GrantsImportError(Exception):
    """The file cannot be imported; ``problems`` lists what is wrong, row by row."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class GranteePlan:
    rows: list
    page: GranteePage | None = None  # None: a new grantee page
    changed_fields: list = field(default_factory=list)
    new_references: list = field(default_factory=list)
    changed_references: list = field(default_factory=list)
    # The grantee has a draft (or was unpublished): an import that publishes publishes its
    # latest revision even when the file changes nothing, so that importing a file as
    # drafts and then again to publish puts every grantee of the file on the site.
    has_draft: bool = False

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

    @property
    def publishes_draft(self):
        """Unchanged by the file, but waiting to be published."""
        return self.has_draft and not self.has_changes


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
        drafts = sum(1 for plan in self.grantees if plan.publishes_draft)
        return {
            "new_grantees": len(new),
            "updated_grantees": len(updated),
            "unchanged_grantees": unchanged,
            "new_grants": new_grants,
            "updated_grants": changed_grants,
            "unchanged_drafts": drafts,
        }

    def describe(self, publish=False):
        """One line per grantee that would change (or, with ``publish``, be published)."""
        lines = []
        for plan in self.grantees:
            if publish and plan.publishes_draft:
                lines.append(f"publish the draft of grantee “{plan.title}”")
            elif plan.page is None:
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


def grants_index_for(language_code):
    index = (
        GrantsIndexPage.objects.filter(locale__language_code=language_code, alias_of__isnull=True)
        .order_by("path")
        .first()
    )
    if index is None:
        raise GrantsImportError(
            [f"There is no grants page in the locale {language_code!r} to import under."]
        )
    return index


def _current(page):
    """What an editor sees of ``page``: its latest draft if it has one."""
    if page.has_unpublished_changes:
        return page.get_latest_revision_as_object()
    return page


def plan_import(table, language_code=None, progress=None):
    """Validate every row and match it to a grantee; raise ``GrantsImportError`` listing all
    problems, so one run names every row to fix."""
    index = grants_index_for(language_code or settings.LANGUAGE_CODE)
    problems = []
    rows = validated_rows(table, problems, progress)
    problems += duplicate_references(rows)
    groups = rows_by_organisation(rows)
    problems += inconsistent_organisations(groups)
    plans = match_grantees(index, groups, problems)
    if problems:
        raise GrantsImportError(problems)
    return ImportPlan(index_page=index, grantees=plans)


def validated_rows(table, problems, progress=None):
    """The rows that pass their forms; the others' messages go to ``problems``."""
    taxonomy = Taxonomy()
    rows = []
    for position, (number, cells) in enumerate(table, start=1):
        parsed = parse_row(number, cells, taxonomy)
        if isinstance(parsed, list):
            problems.append(f"row {number}: " + "; ".join(parsed))
        else:
            rows.append(parsed)
        if progress and position % 500 == 0:
            progress(f"checked {position} of {len(table)} rows")
    return rows


def duplicate_references(rows):
    first_row_of_reference = {}
    problems = []
    for row in rows:
        reference = row.grant["reference"]
        if reference in first_row_of_reference:
            problems.append(
                f"row {row.number}: reference {reference} is also on row "
                f"{first_row_of_reference[reference]}"
            )
        else:
            first_row_of_reference[reference] = row.number
    return problems


def rows_by_organisation(rows):
    groups = {}
    for row in rows:
        groups.setdefault(row.grantee["title"].strip().casefold(), []).append(row)
    return groups


def inconsistent_organisations(groups):
    """Rows of one organisation must agree on its columns: which row would win is a guess."""
    grantee_columns = [column for column, _ in GRANTEE_COLUMNS]
    problems = []
    for group in groups.values():
        first = group[0]
        for row in group[1:]:
            differing = [c for c in grantee_columns if row.cells[c] != first.cells[c]]
            if differing:
                problems.append(
                    f"row {row.number}: {', '.join(differing)} differ from row {first.number} "
                    "of the same organisation"
                )
    return problems


@dataclass
class ExistingGrantees:
    """The grantee pages an import may update: under the grants page, or holding one of the
    locale's grant references (a grantee moved elsewhere keeps its grants)."""

    pages: dict
    by_title: dict
    grantee_of_reference: dict

    @classmethod
    def of(cls, index):
        existing = (
            GranteePage.objects.filter(locale=index.locale)
            .select_related("country")
            .prefetch_related("themes", "grants__theme")
        )
        grantee_of_reference = dict(
            Grant.objects.filter(locale=index.locale).values_list("reference", "grantee_id")
        )
        pages, by_title = {}, {}
        holding_references = existing.filter(pk__in=set(grantee_of_reference.values()))
        for page in holding_references | existing.child_of(index):
            pages[page.pk] = page
            by_title.setdefault(page.title.strip().casefold(), []).append(page)
        return cls(pages, by_title, grantee_of_reference)

    def by_reference(self, group):
        """The pks of the pages holding one of the rows' grant references."""
        return {
            self.grantee_of_reference[row.grant["reference"]]
            for row in group
            if row.grant["reference"] in self.grantee_of_reference
        }

    def by_name(self, name):
        return {page.pk for page in self.by_title.get(name, [])}


def match_grantees(index, groups, problems):
    """A ``GranteePlan`` per organisation; rows that match no single page go to ``problems``."""
    existing = ExistingGrantees.of(index)
    plans = []
    claimed = {}
    for name, group in groups.items():
        referenced = existing.by_reference(group)
        candidates = referenced or existing.by_name(name)
        if len(candidates) > 1:
            problems.append(ambiguous_match(group, candidates, referenced))
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
        plans.append(_plan_grantee(group, existing.pages.get(page_id) if page_id else None))
    return plans


def ambiguous_match(group, candidates, referenced):
    title = group[0].grantee["title"]
    if referenced:
        numbers = ", ".join(str(row.number) for row in group)
        return f"rows {numbers}: the grant references of {title!r} belong to different grantees"
    return (
        f"row {group[0].number}: {len(candidates)} grantees are called {title!r}; "
        "add a grant reference they already have"
    )


def _plan_grantee(rows, page):
    plan = GranteePlan(rows=rows)
    if page is None:
        plan.new_references = [row.grant["reference"] for row in rows]
        return plan
    plan.has_draft = page.has_unpublished_changes or not page.live
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
    """Write ``plan`` in one transaction; returns the pages created, changed or published.

    With ``publish``, grantees the file leaves unchanged but that wait as drafts have their
    latest revision published too."""
    writing = [
        grantee
        for grantee in plan.grantees
        if grantee.has_changes or (publish and grantee.publishes_draft)
    ]
    taken = set(plan.index_page.get_children().values_list("slug", flat=True))
    written = []
    with transaction.atomic():
        for position, grantee in enumerate(writing, start=1):
            if grantee.page is None:
                page = _create_grantee(plan.index_page, grantee.rows, taken, publish)
            elif grantee.has_changes:
                page = _update_grantee(grantee.page, grantee.rows, publish)
            else:
                page = _publish_draft(grantee.page)
            written.append(page)
            if progress and (position % 25 == 0 or position == len(writing)):
                progress(f"wrote {position} of {len(writing)} grantees")
    return written


def _create_grantee(index, rows, taken, publish):
    from wagtail_localize.synctree import create_aliases_for_new_page

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
    return page


def _update_grantee(page, rows, publish):
    _fill_page(page, rows[0].grantee)
    _fill_grants(page, rows)
    revision = page.save_revision(log_action=True)
    if publish:
        revision.publish()
    return page


def _publish_draft(page):
    """Publish the grantee's latest revision as it is (what ``_current`` compared with)."""
    stored = GranteePage.objects.get(pk=page.pk)
    revision = stored.latest_revision or stored.save_revision(log_action=True)
    revision.publish()
    return stored
