"""The open-data table of grants: one row per grant with its grantee's columns.

``/api/grants/grants.csv`` writes it and ``import_grants`` reads it (CSV or XLSX), both
through the column list and the formatting below, so an export re-imports unchanged.
"""

import codecs
import csv
import io
import re
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


def _check_header(header, delimiter=","):
    header = [(name or "").strip() for name in header]
    missing = [name for name in COLUMNS if name not in header]
    unknown = [name for name in header if name and name not in COLUMNS]
    if missing or unknown:
        problems = []
        if missing:
            problems.append("missing columns: " + ", ".join(missing))
        if unknown:
            problems.append("unknown columns: " + ", ".join(unknown))
        separated = f", separated by {DELIMITERS[delimiter]}" if delimiter else ""
        raise TableError(
            f"The first row must name exactly the columns of grants.csv{separated} ("
            + "; ".join(problems)
            + "). CSV files may separate cells with commas, semicolons or tabs."
        )
    return header


def read_table(path):
    """``[(row number, {column: text})]`` of a CSV or XLSX file; row 1 is the header."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TableError(f"{path.name} cannot be read ({error.strerror}).") from None
    return parse_table(path.name, data)


def parse_table(name, data):
    """``read_table`` of a file's ``name`` and contents (``bytes``): the command reads a
    path, the admin's import an upload, and both go through the same rules."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        raw_rows, delimiter = _xlsx_rows(name, data), None
    elif suffix in (".csv", ".txt"):
        text = _decoded(name, data)
        delimiter = _delimiter(text)
        raw_rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    else:
        raise TableError(f"{name}: use a .csv or .xlsx file.")
    try:
        header = next(raw_rows)
    except StopIteration:
        raise TableError(f"{name} is empty.") from None
    except csv.Error as error:
        raise TableError(f"{name} is not a readable CSV file ({error}).") from None
    header = _check_header([_cell_text(value) for value in header], delimiter)
    rows, number = [], 1
    try:
        for number, values in enumerate(raw_rows, start=2):
            texts = [_cell_text(value) for value in values]
            if not any(texts):
                continue
            texts += [""] * (len(header) - len(texts))
            cells = dict(zip(header, texts, strict=False))
            rows.append((number, _with_decimal_points(cells) if delimiter == ";" else cells))
    except csv.Error as error:
        raise TableError(f"{name}: row {number + 1} is not readable CSV ({error}).") from None
    return rows


# Spreadsheet programs with Russian, Kazakh and most other regional settings of the region
# save CSV with semicolons between cells and a comma before the decimals ("7500,50").
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs"}
DECIMAL_COLUMNS = ("amount", "latitude", "longitude")
DECIMAL_COMMA = re.compile(r"[-+]?[0-9 \u00a0\u202f]*,[0-9]+")


def _delimiter(text):
    """The separator that splits the header row into the most known column names; commas
    when none does (the header check then says which columns are missing)."""
    first_line = text.split("\n", 1)[0]

    def known_columns(delimiter):
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(1 for cell in cells if cell.strip() in COLUMNS)

    return max(DELIMITERS, key=known_columns)  # ties keep the first: commas


def _with_decimal_points(cells):
    """A semicolon-separated file's decimal commas in the number columns, as points."""
    for column in DECIMAL_COLUMNS:
        if DECIMAL_COMMA.fullmatch(cells.get(column, "")):
            cells[column] = cells[column].replace(",", ".")
    return cells


def _decoded(name, data):
    """The text of a CSV file: UTF-8 (with or without the byte order mark Excel writes), or
    UTF-16 with its byte order mark (Excel's "Unicode text"). Other encodings are refused
    rather than guessed: a wrong guess would import unreadable names."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise TableError(f"{name} is not readable UTF-16 text.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise TableError(
            f"{name} is not UTF-8 text: line {line} has the byte 0x{data[error.start]:02X}, "
            f"which UTF-8 does not allow{_encoding_hint(data)}. Save the file as "
            "“CSV UTF-8” (Excel) or choose the character set UTF-8 (LibreOffice) and "
            "import it again."
        ) from None


def _encoding_hint(data):
    """Names Windows-1251 when the bytes read as mostly Cyrillic letters in it."""
    letters = [char for char in data.decode("cp1251", errors="replace") if char.isalpha()]
    non_ascii = [char for char in letters if not char.isascii()]
    cyrillic = [char for char in non_ascii if "\u0400" <= char <= "\u04ff"]
    if non_ascii and len(cyrillic) >= 0.9 * len(non_ascii):
        return " (it looks like Windows-1251, the Cyrillic encoding of older spreadsheet programs)"
    return ""


def _xlsx_rows(name, data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a broken file
        raise TableError(f"{name} is not a readable XLSX workbook ({error}).") from None
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
