"""The grants import in the admin: who may use it, the dry run, and the confirmation."""

import csv
import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from grants.models import Grant, GranteePage, ImportUpload
from grants.opendata import COLUMNS
from translation import roles

from .factories import add_grantee

SAMPLE = Path(__file__).resolve().parents[2] / "grants" / "samples" / "grants-sample.csv"
IMPORT_URL = "/admin/grants/import/"
OSH = "Sample Tenants' Association of Osh"

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy(countries, themes):
    from tests.factories import ThemeFactory

    ThemeFactory(name="Civic participation", slug="civic-participation")
    return countries


@pytest.fixture
def staff(grants_page, taxonomy):
    """A user per role, made after ``setup_roles`` so the grants page has its permissions."""
    roles.setup_roles(log=lambda message: None)
    users = {}
    for key, group in [
        ("editor", roles.EDITORS),
        ("translator", roles.translator_group_name("ru")),
        ("grants manager", roles.GRANTS_MANAGERS),
        ("other grants manager", roles.GRANTS_MANAGERS),
    ]:
        users[key] = get_user_model().objects.create_user(key.replace(" ", "-"), password="x")
        users[key].groups.add(Group.objects.get(name=group))
    users["superuser"] = get_user_model().objects.create_superuser("root", password="x")
    return users


def sample_csv(delimiter=",", change=None):
    rows = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    for row in rows:
        row.update((change or {}).get(row["reference"], {}))
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue().encode()


def upload(client, content, name="grants.csv", language="en"):
    return client.post(
        IMPORT_URL, {"file": SimpleUploadedFile(name, content), "language": language}
    )


def confirm(client, review_url, publish):
    digest = client.get(review_url).context["form"].initial["digest"]
    return client.post(review_url, {"publish": "publish" if publish else "", "digest": digest})


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def table(response, table_id):
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in html(response).select(f"#{table_id} tbody tr")
    ]


def test_only_grants_managers_and_superusers_may_import(client, staff):
    response = client.get(IMPORT_URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    for refused in ("editor", "translator"):
        client.force_login(staff[refused])
        assert client.get(IMPORT_URL).status_code in (302, 403)
        assert upload(client, sample_csv()).status_code in (302, 403)
        assert IMPORT_URL not in client.get("/admin/").content.decode()
    assert not GranteePage.objects.exists() and not ImportUpload.objects.exists()
    for allowed in ("grants manager", "superuser"):
        client.force_login(staff[allowed])
        assert client.get(IMPORT_URL).status_code == 200
        assert IMPORT_URL in client.get("/admin/").content.decode()  # the menu


def test_a_grants_manager_reviews_the_dry_run_and_publishes(client, staff):
    client.force_login(staff["grants manager"])
    response = upload(client, sample_csv(";", {"SG-2019-101": {"amount": "7500,00"}}))
    assert response.status_code == 302
    review_url = response["Location"]
    assert not GranteePage.objects.exists()  # a dry run so far

    review = client.get(review_url)
    assert review.status_code == 200
    assert table(review, "import-changes") == [
        [OSH, "New grantee", "New grants: SG-2019-101, SG-2020-102", "2, 3"],
        ["Sample Solar Neighbours of Almaty", "New grantee", "New grants: SG-2018-103", "4"],
    ]
    response = confirm(client, review_url, publish=True)
    assert response.status_code == 302
    osh = GranteePage.objects.get(title=OSH)
    assert osh.live and not osh.has_unpublished_changes
    assert str(Grant.objects.get(reference="SG-2019-101").amount) == "7500.00"
    assert client.get("/api/grants/stats").json()["totals"]["grantees"] == 2
    assert not ImportUpload.objects.exists()
    assert client.get(review_url, follow=True).status_code == 404  # used once


def test_a_draft_import_is_published_by_a_second_import(client, staff):
    client.force_login(staff["grants manager"])
    confirm(client, upload(client, sample_csv())["Location"], publish=False)
    assert GranteePage.objects.filter(live=False).count() == 2

    review_url = upload(client, sample_csv())["Location"]
    states = [row[1] for row in table(client.get(review_url), "import-changes")]
    assert states == ["Unchanged; its draft is published if you publish"] * 2
    confirm(client, review_url, publish=True)
    assert GranteePage.objects.filter(live=True).count() == 2
    assert client.get("/api/grants/stats").json()["totals"]["grants"] == 3


def test_every_bad_row_is_listed_and_nothing_is_kept(client, staff):
    client.force_login(staff["grants manager"])
    content = sample_csv(
        change={"SG-2019-101": {"latitude": "123.5"}, "SG-2018-103": {"country": "XX"}}
    )
    response = upload(client, content)
    assert response.status_code == 200
    assert table(response, "import-problems") == [
        ["2", "latitude 123.5 is outside -90 to 90"],
        ["4", "country 'XX' is not the ISO code of a known country"],
    ]
    assert "Nothing was imported" in html(response).select_one(".messages").get_text()
    assert not ImportUpload.objects.exists() and not GranteePage.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("grants.pdf", b"%PDF", "Choose a .csv or .xlsx file."),
        ("grants.csv", b"x" * (10 * 1024 * 1024 + 1), "The file is larger than 10"),
        ("grants.csv", "Ош".encode("cp1251"), "grants.csv is not UTF-8 text"),
        ("grants.xlsx", b"not a workbook", "is not a readable XLSX workbook"),
    ],
)
def test_a_file_that_cannot_be_read_re_renders_the_form(client, staff, name, content, message):
    client.force_login(staff["grants manager"])
    response = upload(client, content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert html(response).select_one("input[type=file]") is not None
    assert not ImportUpload.objects.exists()


def test_an_upload_is_only_its_uploader_s(client, staff):
    client.force_login(staff["grants manager"])
    review_url = upload(client, sample_csv())["Location"]
    client.force_login(staff["other grants manager"])
    assert client.get(review_url, follow=True).status_code == 404
    assert client.post(review_url, {"publish": "publish"}, follow=True).status_code == 404
    assert not GranteePage.objects.exists()


def test_a_plan_that_changed_since_the_review_is_not_written(client, staff, grants_page, countries):
    client.force_login(staff["grants manager"])
    review_url = upload(client, sample_csv())["Location"]
    digest = client.get(review_url).context["form"].initial["digest"]
    add_grantee(grants_page, countries["KG"], title=OSH)  # someone else, meanwhile
    response = client.post(review_url, {"publish": "publish", "digest": digest})
    assert response.status_code == 302 and response["Location"] == review_url
    assert GranteePage.objects.filter(title=OSH).count() == 1
    assert not Grant.objects.exists()
