"""A language's glossary as CSV, from the admin and from ``manage.py glossary``: all or
nothing, bad rows named by number, a clear error for a file that is not UTF-8."""

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from translation.models import GlossaryTerm

KAZAKH_TRANSLATOR = "Translators: Kazakh"


def kazakh_terms():
    return dict(
        GlossaryTerm.objects.filter(locale__language_code="kk").values_list(
            "english", "translation"
        )
    )


@pytest.fixture
def kazakh(locales):
    GlossaryTerm.objects.create(locale=locales["kk"], english="grantee", translation="грантиеші")
    return locales["kk"]


def test_import_adds_and_updates_terms_and_export_gives_them_back(kazakh, tmp_path):
    # A spreadsheet's "CSV UTF-8" with Russian regional settings: a byte order mark and
    # semicolons; an extra column is ignored.
    path = tmp_path / "kk.csv"
    path.write_bytes(
        "\ufeffEnglish;Translation;Note\r\n"
        "grantee;грант алушы;changed\r\n"
        "small grants;шағын гранттар;\r\n"
        ";;\r\n"
        '"Fair housing";"Әділ тұрғын үй";\r\n'.encode()
    )
    out = StringIO()
    call_command("glossary", "import", "--language", "kk", str(path), stdout=out)
    assert "2 added, 1 changed, 0 removed" in out.getvalue()
    assert kazakh_terms() == {
        "grantee": "грант алушы",
        "small grants": "шағын гранттар",
        "Fair housing": "Әділ тұрғын үй",
    }

    exported = tmp_path / "out.csv"
    call_command("glossary", "export", "--language", "kk", "--output", str(exported))
    assert exported.read_text(encoding="utf-8").splitlines() == [
        "english,translation",
        "Fair housing,Әділ тұрғын үй",
        "grantee,грант алушы",
        "small grants,шағын гранттар",
    ]
    GlossaryTerm.objects.all().delete()
    call_command("glossary", "import", "--language", "kk", str(exported), stdout=StringIO())
    assert len(kazakh_terms()) == 3


def test_replace_removes_the_terms_the_file_lacks(kazakh, tmp_path):
    path = tmp_path / "kk.csv"
    path.write_text("english,translation\nsmall grants,шағын гранттар\n", encoding="utf-8")
    call_command("glossary", "import", "--language", "kk", "--replace", str(path))
    assert kazakh_terms() == {"small grants": "шағын гранттар"}


def test_a_file_with_bad_rows_imports_nothing_and_names_them(kazakh, tmp_path):
    path = tmp_path / "kk.csv"
    path.write_text(
        "english,translation\n"
        "small grants,шағын гранттар\n"
        "mahalla,\n"
        "Small Grants,басқа\n"
        "theme,тақырып\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError) as error:
        call_command("glossary", "import", "--language", "kk", str(path))
    message = str(error.value)
    assert message.startswith("Nothing imported.")
    assert "Row 3: both the English term and its translation are needed." in message
    assert "Row 4: “Small Grants” is already on row 2." in message
    assert "Row 5" not in message
    assert kazakh_terms() == {"grantee": "грантиеші"}


def test_a_file_that_is_not_utf8_gets_a_clear_error(kazakh, tmp_path):
    path = tmp_path / "kk.csv"
    path.write_bytes("english,translation\ngrantee,грантополучатель\n".encode("cp1251"))
    with pytest.raises(CommandError, match="not UTF-8 text .*CSV UTF-8"):
        call_command("glossary", "import", "--language", "kk", str(path))
    assert kazakh_terms() == {"grantee": "грантиеші"}


def test_a_file_without_the_columns_is_refused(kazakh, tmp_path):
    path = tmp_path / "kk.csv"
    path.write_text("term,meaning\ngrant,грант\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing: english, translation"):
        call_command("glossary", "import", "--language", "kk", str(path))


def test_english_is_not_a_glossary_language(kazakh):
    with pytest.raises(CommandError, match="Not a language the site translates into: en"):
        call_command("glossary", "export", "--language", "en")


# The admin's CSV page ---------------------------------------------------------------


def upload(text, encoding="utf-8"):
    return SimpleUploadedFile("glossary.csv", text.encode(encoding), content_type="text/csv")


def test_a_translator_imports_and_exports_their_language_in_the_admin(
    client, roles_set_up, kazakh, locales, member_of
):
    GlossaryTerm.objects.create(
        locale=locales["ru"], english="grantee", translation="грантополучатель"
    )
    client.force_login(member_of(KAZAKH_TRANSLATOR))
    url = reverse("hub_glossary_csv")

    page = client.get(url)
    assert [locale.language_code for locale in page.context["form"].fields["locale"].queryset] == [
        "kk"
    ]
    assert reverse("hub_glossary_csv_export", args=["kk"]) in page.content.decode()
    assert reverse("hub_glossary_csv_export", args=["ru"]) not in page.content.decode()

    response = client.post(
        url, {"locale": kazakh.pk, "file": upload("english,translation\nvillage,ауыл\n")}
    )
    assert response.status_code == 302
    assert kazakh_terms() == {"grantee": "грантиеші", "village": "ауыл"}

    exported = client.get(reverse("hub_glossary_csv_export", args=["kk"]))
    assert exported["Content-Type"] == "text/csv; charset=utf-8"
    assert "village,ауыл" in exported.content.decode()
    refused = client.get(reverse("hub_glossary_csv_export", args=["ru"]))
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")

    client.post(url, {"locale": locales["ru"].pk, "file": upload("english,translation\na,b\n")})
    assert not GlossaryTerm.objects.filter(english="a").exists()


def test_the_admin_names_the_bad_rows_and_imports_nothing(client, roles_set_up, kazakh, member_of):
    client.force_login(member_of(KAZAKH_TRANSLATOR))
    response = client.post(
        reverse("hub_glossary_csv"),
        {"locale": kazakh.pk, "file": upload("english,translation\nvillage,ауыл\nwell\tpump,x\n")},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported." in html
    assert "Row 3: a term is one line without tabs." in html
    assert kazakh_terms() == {"grantee": "грантиеші"}

    response = client.post(
        reverse("hub_glossary_csv"),
        {"locale": kazakh.pk, "file": upload("english,translation\nвода,су\n", "cp1251")},
    )
    assert "is not UTF-8 text" in response.content.decode()


def test_replace_in_the_admin_removes_the_terms_the_file_lacks(
    client, roles_set_up, kazakh, member_of
):
    client.force_login(member_of(KAZAKH_TRANSLATOR))
    response = client.post(
        reverse("hub_glossary_csv"),
        {
            "locale": kazakh.pk,
            "replace": "on",
            "file": upload("english,translation\nvillage,ауыл\n"),
        },
    )
    assert response.status_code == 302
    assert kazakh_terms() == {"village": "ауыл"}
