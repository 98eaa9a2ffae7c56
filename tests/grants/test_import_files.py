"""What spreadsheet programs save: semicolons and decimal commas under the region's settings,
byte order marks, other encodings; and publishing grantees imported earlier as drafts."""

import csv
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from grants.models import Grant, GranteePage
from grants.opendata import COLUMNS, TableError, parse_table

SAMPLE = Path(__file__).resolve().parents[2] / "grants" / "samples" / "grants-sample.csv"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_grants", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def sample_rows():
    return list(csv.DictReader(SAMPLE.open(encoding="utf-8")))


def as_csv(rows, delimiter=","):
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue()


@pytest.fixture
def taxonomy(countries, themes):
    from tests.factories import ThemeFactory

    ThemeFactory(name="Civic participation", slug="civic-participation")
    return countries


def test_semicolon_separated_cells_with_decimal_commas_read_like_the_export():
    rows = sample_rows()
    rows[0] |= {"amount": "7\u00a0500,00", "latitude": "40,528300", "organisation": "A; B, C"}
    table = parse_table("grants.csv", as_csv(rows, ";").encode())
    first = table[0][1]
    assert table[0][0] == 2 and len(table) == len(rows)
    assert first["amount"] == "7\u00a0500.00" and first["latitude"] == "40.528300"
    assert first["organisation"] == "A; B, C"
    assert first["address"] == "12 Example Street, Osh"  # commas in text stay commas


def test_a_comma_separated_file_keeps_its_numbers_as_written():
    rows = sample_rows()
    rows[0]["amount"] = "7,500"  # a comma CSV's comma is never a decimal comma
    table = parse_table("grants.csv", as_csv(rows).encode())
    assert table[0][1]["amount"] == "7,500"


def test_byte_order_marks_and_tabs_of_excel_s_unicode_text_are_read():
    text = as_csv(sample_rows())
    assert parse_table("grants.csv", "\ufeff".encode() + text.encode()) == parse_table(
        "grants.csv", text.encode()
    )
    tabbed = as_csv(sample_rows(), "\t").encode("utf-16")  # with its byte order mark
    assert parse_table("grants.txt", tabbed) == parse_table("grants.csv", text.encode())


def test_a_windows_1251_file_is_refused_with_the_encoding_named():
    rows = sample_rows()
    rows[0]["organisation"] = "Ассоциация жильцов Оша"
    with pytest.raises(TableError) as refused:
        parse_table("grants.csv", as_csv(rows, ";").encode("cp1251"))
    message = str(refused.value)
    assert "grants.csv is not UTF-8 text: line 2 has the byte 0xC0" in message
    assert "Windows-1251" in message and "CSV UTF-8" in message


def test_a_header_the_reader_cannot_split_names_the_separators():
    with pytest.raises(TableError, match="separated by commas .*semicolons or tabs"):
        parse_table("grants.csv", b"name|amount\nSomeone|100\n")


@pytest.mark.django_db
def test_the_command_imports_a_semicolon_file_with_a_byte_order_mark(
    grants_page, taxonomy, tmp_path
):
    rows = sample_rows()
    rows[0]["amount"] = "7500,00"
    path = tmp_path / "grants.csv"
    path.write_bytes("\ufeff".encode() + as_csv(rows, ";").encode())
    out, _err = run(path, "--publish")
    assert "2 new and 0 updated grantees" in out
    assert str(Grant.objects.get(reference="SG-2019-101").amount) == "7500.00"


@pytest.mark.django_db
def test_the_command_refuses_a_windows_1251_file_without_a_traceback(
    grants_page, taxonomy, tmp_path
):
    path = tmp_path / "grants.csv"
    path.write_bytes(as_csv(sample_rows()).replace("Osh", "Ош").encode("cp1251"))
    with pytest.raises(CommandError, match="not UTF-8 text.*Windows-1251"):
        run(path)
    assert not GranteePage.objects.exists()


@pytest.mark.django_db
def test_publishing_after_a_draft_import_puts_every_grantee_on_the_site(
    client, grants_page, taxonomy
):
    run(SAMPLE)
    assert not GranteePage.objects.filter(live=True).exists()
    out, _err = run(SAMPLE, "--publish", "--dry-run")
    assert "would publish the draft of grantee “Sample Tenants' Association of Osh”" in out
    assert "and the drafts of 2 unchanged grantees" in out
    assert not GranteePage.objects.filter(live=True).exists()

    out, _err = run(SAMPLE, "--publish")
    assert "changed pages published, and the drafts of 2 unchanged grantees" in out
    assert GranteePage.objects.filter(live=True, has_unpublished_changes=False).count() == 2
    totals = client.get("/api/grants/stats").json()["totals"]
    assert totals["grants"] == 3 and totals["grantees"] == 2

    out, _err = run(SAMPLE, "--publish")  # nothing left to publish
    assert "drafts of" not in out
