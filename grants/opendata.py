"""The open-data table of grants: one row per grant with its grantee's columns.

``/api/grants/grants.csv`` writes it and ``import_grants`` reads it (CSV or XLSX), both
through the column list and the formatting below, so an export re-imports unchanged.
"""

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

# (column, attribute of the model) in file order. The ``url`` column is written for
# people reading the data and ignored on import.
GRANT_COLUMNS = [
    ("reference", "reference"),
    ("grant_title", "title"),
    ("amount", "amount"),
    ("currency", "currency"),
    ("start_date", "start_date"),
    ("end_date", "end_date"),
    ("status", "status"),
    ("theme", "theme"),
]
GRANTEE_COLUMNS = [
    ("organisation", "title"),
    ("short_name", "short_name"),
    ("country", "country"),
    ("region", "region"),
    ("city", "city"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("address", "address"),
    ("website", "website"),
    ("email", "email"),
    ("phone", "phone"),
    ("social_links", "social_links"),
    ("contact_name", "contact_name"),
    ("contact_role", "contact_role"),
    ("project_title", "project_title"),
    ("project_summary", "project_summary"),
    ("beneficiaries", "beneficiaries"),
    ("themes", "themes"),
]
READ_ONLY_COLUMNS = ["url"]
COLUMNS = [name for name, _ in GRANT_COLUMNS + GRANTEE_COLUMNS] + READ_ONLY_COLUMNS


def format_cell(column, value):
    """The text of one cell, the same for a saved object and for a parsed import row."""
    if value is None:
        return ""
    if column in ("latitude", "longitude"):
        return f"{Decimal(value):.6f}"
    if column == "amount":
        return f"{Decimal(value):.2f}"
    if isinstance(value, date):
        return value.isoformat()
    if column == "theme":
        return value.slug
    if column == "country":
        return value.iso_code
    if column == "themes":
        return ";".join(sorted(theme.slug for theme in value))
    if column == "social_links":
        return " ".join(value)
    return str(value)


def grantee_value(page, attribute):
    if attribute == "themes":
        return list(page.themes.all())
    if attribute == "social_links":
        return [block.value for block in page.social_links]
    return getattr(page, attribute)


def grant_cells(grant):
    return {column: format_cell(column, getattr(grant, attr)) for column, attr in GRANT_COLUMNS}


def grantee_cells(page):
    return {
        column: format_cell(column, grantee_value(page, attr)) for column, attr in GRANTEE_COLUMNS
    }


def export_rows(scope, request):
    """Rows of the grants visible in ``scope``, grouped by grantee, as dicts of text."""
    from wagtail.models import Page

    grants = (
        scope.grants()
        .select_related("grantee", "grantee__country", "theme")
        .prefetch_related("grantee__themes")
        .order_by("grantee__title", "grantee_id", "sort_order", "pk")
    )
    grants = list(grants)
    steplen = Page.steplen
    parent_paths = {grant.grantee.path[:-steplen] for grant in grants}
    parent_urls = {
        parent.path: parent.get_full_url(request)
        for parent in Page.objects.filter(path__in=parent_paths)
    }
    cells_of_grantee = {}
    for grant in grants:
        grantee = grant.grantee
        if grantee.pk not in cells_of_grantee:
            parent_url = parent_urls.get(grantee.path[:-steplen]) or ""
            cells_of_grantee[grantee.pk] = {
                **grantee_cells(grantee),
                "url": f"{parent_url}{grantee.slug}/" if parent_url else "",
            }
        yield {**grant_cells(grant), **cells_of_grantee[grantee.pk]}


def write_csv(rows, stream):
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)


class TableError(Exception):
    """The file cannot be read as a grants table at all (not a row-level problem)."""


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _check_header(header):
    header = [(name or "").strip() for name in header]
    missing = [name for name in COLUMNS if name not in header]
    unknown = [name for name in header if name and name not in COLUMNS]
    if missing or unknown:
        problems = []
        if missing:
            problems.append("missing columns: " + ", ".join(missing))
        if unknown:
            problems.append("unknown columns: " + ", ".join(unknown))
        raise TableError(
            "The first row must name exactly the columns of grants.csv ("
            + "; ".join(problems)
            + ")."
        )
    return header


def read_table(path):
    """``[(row number, {column: text})]`` of a CSV or XLSX file; row 1 is the header."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        raw_rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        raw_rows = _csv_rows(path)
    else:
        raise TableError(f"{path.name}: use a .csv or .xlsx file.")
    try:
        header = next(raw_rows)
    except StopIteration:
        raise TableError(f"{path.name} is empty.") from None
    header = _check_header([_cell_text(value) for value in header])
    rows = []
    for number, values in enumerate(raw_rows, start=2):
        texts = [_cell_text(value) for value in values]
        if not any(texts):
            continue
        texts += [""] * (len(header) - len(texts))
        rows.append((number, dict(zip(header, texts, strict=False))))
    return rows


def _csv_rows(path):
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise TableError(f"{path.name} is not UTF-8 text ({error}).") from None
    yield from csv.reader(io.StringIO(text, newline=""))


def _xlsx_rows(path):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a broken file
        raise TableError(f"{path.name} is not a readable XLSX workbook ({error}).") from None
    try:
        yield from workbook.worksheets[0].iter_rows(values_only=True)
    finally:
        workbook.close()


def write_xlsx(rows, path):
    """The same table as an XLSX workbook (used by tests and by people preparing imports)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "grants"
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row.get(column, "") for column in COLUMNS])
    workbook.save(path)
