"""``import_grants``: the CSV export re-imports unchanged, bad files change nothing."""

import csv
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from grants.models import Grant, GranteePage
from grants.opendata import COLUMNS, write_xlsx

SAMPLE = Path(__file__).resolve().parents[2] / "grants" / "samples" / "grants-sample.csv"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_grants", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def state():
    """Everything an import could change."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list("pk", "title", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "grants": list(
            Grant.objects.order_by("pk").values_list(
                "pk", "reference", "amount", "currency", "start_date", "end_date", "theme_id"
            )
        ),
        "grantees": list(
            GranteePage.objects.order_by("pk").values_list(
                "pk", "latitude", "longitude", "beneficiaries", "city", "project_summary"
            )
        ),
    }


def export(client, path, query=""):
    response = client.get(f"/api/grants/grants.csv{query}")
    assert response.status_code == 200
    path.write_bytes(response.content)
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def write_rows(path, rows):
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def taxonomy(countries, themes):
    from tests.factories import ThemeFactory

    ThemeFactory(name="Civic participation", slug="civic-participation")
    return countries


@pytest.mark.django_db
def test_an_export_reimports_without_any_change(client, programme, tmp_path):
    path = tmp_path / "grants.csv"
    export(client, path)
    before = state()
    out, _err = run(path, "--dry-run")
    assert "0 new and 0 updated grantees (4 unchanged)" in out
    out, _err = run(path, "--publish")
    assert "0 new and 0 updated grantees" in out
    assert state() == before


@pytest.mark.django_db
def test_the_sample_file_creates_published_grantees_that_export_the_same(
    client, grants_page, taxonomy, tmp_path
):
    out, err = run(SAMPLE, "--publish")
    assert "2 new and 0 updated grantees" in out and "3 new and 0 updated grants" in out
    assert "wrote 2 of 2 grantees" in err
    osh = GranteePage.objects.get(title="Sample Tenants' Association of Osh")
    assert osh.live and osh.get_parent().pk == grants_page.pk
    assert sorted(osh.grants.values_list("reference", flat=True)) == ["SG-2019-101", "SG-2020-102"]
    assert [block.value for block in osh.social_links] == ["https://t.me/example_osh_tenants"]
    stats = client.get("/api/grants/stats").json()["totals"]
    assert stats == {
        "grants": 3,
        "amount": 23700.5,
        "currency": "USD",
        "grantees": 2,
        "beneficiaries": 4700,
    }
    exported = export(client, tmp_path / "again.csv")
    sample = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    by_reference = {row["reference"]: row for row in exported}
    differences = [
        (row["reference"], column, row[column], by_reference[row["reference"]][column])
        for row in sample
        for column in COLUMNS
        if column != "url" and row[column] != by_reference[row["reference"]][column]
    ]
    assert differences == []


@pytest.mark.django_db
def test_without_publish_changes_are_drafts(client, grants_page, taxonomy):
    run(SAMPLE)
    assert GranteePage.objects.count() == 2
    assert not GranteePage.objects.filter(live=True).exists()
    assert client.get("/api/grants/stats").json()["totals"]["grants"] == 0


@pytest.mark.django_db
def test_dry_run_writes_nothing(grants_page, taxonomy):
    before = state()
    out, _err = run(SAMPLE, "--dry-run")
    assert (
        "would create grantee “Sample Tenants' Association of Osh” with grants SG-2019-101" in out
    )
    assert "Dry run, nothing written" in out
    assert state() == before


@pytest.mark.django_db
def test_changed_rows_update_the_matching_grantee(client, programme, tmp_path):
    path = tmp_path / "grants.csv"
    rows = export(client, path)
    for row in rows:
        if row["organisation"] == "Osh Tenants":
            row["beneficiaries"] = "1500"
            if row["amount"] == "5000.00":
                row["amount"] = "5200.00"
    write_rows(path, rows)
    out, _err = run(path, "--dry-run")
    assert "would update grantee “Osh Tenants”: changed beneficiaries; changed grants" in out
    run(path, "--publish")
    osh = GranteePage.objects.get(pk=programme["grantees"][0].pk)
    assert osh.beneficiaries == 1500
    assert sorted(osh.grants.values_list("amount", flat=True)) == [
        pytest.approx(2500.50),
        pytest.approx(5200),
    ]
    assert GranteePage.objects.count() == 5


@pytest.mark.django_db
def test_a_bad_file_changes_nothing_and_names_every_bad_row(client, programme, tmp_path):
    path = tmp_path / "grants.csv"
    rows = export(client, path)
    rows[0]["latitude"] = "123.5"  # row 2
    rows[2]["amount"] = "-10"  # row 4
    rows[2]["start_date"] = "31/12/2019"
    rows[3]["country"] = "XX"  # row 5
    rows[4]["theme"] = "unknown-theme"  # row 6
    rows[5]["organisation"] = ""  # row 7
    rows[6]["end_date"] = "2000-01-01"  # row 8: before its start
    rows[1]["amount"] = "9999.00"  # a good change that must not be written either
    write_rows(path, rows)
    before = state()
    with pytest.raises(CommandError, match="nothing was imported"):
        run(path, "--publish")
    assert state() == before
    _out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_grants", str(path), stdout=_out, stderr=err)
    report = err.getvalue()
    assert "row 2: latitude 123.5 is outside -90 to 90" in report
    assert "row 4: " in report and "amount cannot be negative" in report
    assert "start_date '31/12/2019' is not a date" in report
    assert "row 5: country 'XX'" in report
    assert "row 6: theme 'unknown-theme'" in report
    assert "row 7: organisation is required" in report
    assert "row 8: end_date is before start_date" in report
    assert "row 3" not in report


@pytest.mark.django_db
def test_duplicate_references_and_inconsistent_grantee_rows_are_reported(
    grants_page, taxonomy, tmp_path
):
    rows = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    rows[2]["reference"] = rows[0]["reference"]
    rows[1]["city"] = "Jalal-Abad"
    path = tmp_path / "bad.csv"
    write_rows(path, rows)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_grants", str(path), stdout=io.StringIO(), stderr=err)
    assert "row 4: reference SG-2019-101 is also on row 2" in err.getvalue()
    assert "row 3: city differ from row 2 of the same organisation" in err.getvalue()
    assert not GranteePage.objects.exists()


@pytest.mark.django_db
def test_a_file_with_other_columns_is_refused(grants_page, taxonomy, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,amount\nSomeone,100\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing columns: reference"):
        run(path)


@pytest.mark.django_db
def test_xlsx_import_reads_the_same_columns(client, grants_page, taxonomy, tmp_path):
    rows = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    path = tmp_path / "grants.xlsx"
    write_xlsx(rows, path)
    out, _err = run(path, "--publish")
    assert "2 new and 0 updated grantees" in out
    assert Grant.objects.get(reference="SG-2020-102").end_date is None
    # Spreadsheet programs turn numbers and dates into typed cells: still the same data.
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.active
    sheet["C2"] = 7500.0
    sheet["N2"] = 40.5283
    import datetime

    sheet["E2"] = datetime.datetime(2019, 3, 1)
    workbook.save(path)
    out, _err = run(path, "--dry-run")
    assert "0 new and 0 updated grantees (2 unchanged)" in out
