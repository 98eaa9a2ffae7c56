"""A Kazakh translator's day, through the admin views they use: translate an English page with
a machine draft, correct a segment, publish, notice the English page changed, sync; and the
same translation through a PO file."""

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.models import StandardPage

KAZAKH_INTRO = "Азаматтық қоғамға арналған шағын гранттар."


@pytest.fixture
def about(roles_set_up):
    page = roles_set_up["en"].add_child(
        instance=StandardPage(
            title="About the programme",
            slug="about",
            intro="Small grants for civil society.",
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def translator(client, member_of):
    client.force_login(member_of("Translators: Kazakh"))
    return client


def submit_for_translation(client, page, locale):
    """The "Translate this page" form; returns the new translation and its editor URL."""
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    translated = page.get_translation(locale)
    editor = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert response.status_code == 302
    assert response.url == editor
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    return translated, translation, editor


def edit_segment(client, translation, path, value):
    """What the translation editor sends when a translator saves one string."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        encode_multipart(BOUNDARY, {"value": value}),
        content_type=MULTIPART_CONTENT,
    )


def publish(client, editor, capture):
    """The Publish button of the translation editor; wagtail-localize publishes on commit."""
    with capture(execute=True):
        response = client.post(editor, {"action": "publish"})
    assert response.status_code == 302


def public_page(url):
    response = Client().get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def report_row(client, page, code):
    """The page's row in the translation status report: (status label, action links)."""
    response = client.get(reverse("hub_translation_status"), {"locale": code})
    assert response.status_code == 200
    row = BeautifulSoup(response.content, "html.parser").select_one(
        f'tr[data-page="{page.pk}"][data-locale="{code}"]'
    )
    cells = row.find_all("td")
    links = {link.get_text(strip=True): link["href"] for link in cells[4].find_all("a")}
    return cells[3].get_text(strip=True), links


def test_translate_correct_publish_then_sync_after_the_english_page_changes(
    translator, about, locales, django_capture_on_commit_callbacks
):
    kazakh_page, translation, editor = submit_for_translation(translator, about, locales["kk"])
    assert not kazakh_page.live
    assert report_row(translator, about, "kk")[0] == "Not translated"

    response = translator.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": editor}
    )
    assert response.url == editor
    total, translated = translation.get_progress()
    assert total == translated > 0
    assert translator.get(editor).status_code == 200

    assert edit_segment(translator, translation, "intro", KAZAKH_INTRO).status_code == 200
    publish(translator, editor, django_capture_on_commit_callbacks)

    kazakh_page.refresh_from_db()
    assert kazakh_page.live
    assert kazakh_page.url == "/kk/about/"
    soup = public_page("/kk/about/")
    assert soup.select_one(".lead").get_text(strip=True) == KAZAKH_INTRO
    assert soup.h1.get_text(strip=True) == "programme the About", "the dummy machine draft"
    assert report_row(translator, about, "kk")[0] == "Up to date"

    about.intro = "Small grants and an online academy for civil society."
    about.save_revision().publish()
    status, actions = report_row(translator, about, "kk")
    assert status == "Out of date"

    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(actions["Sync"], {"publish_translations": "on"})
    assert response.status_code == 302
    assert report_row(translator, about, "kk")[0] == "In progress"
    soup = public_page("/kk/about/")
    assert soup.select_one(".lead").get_text(strip=True) == about.intro, (
        "the changed sentence shows in English until it is translated"
    )
    assert soup.h1.get_text(strip=True) == "programme the About"


def test_sync_by_a_translator_publishes_only_their_own_language(
    client, about, locales, member_of, django_capture_on_commit_callbacks
):
    """Syncing must not publish another language's unreviewed translation."""
    client.force_login(member_of("Translators: Russian"))
    russian_page, russian, russian_editor = submit_for_translation(client, about, locales["ru"])
    client.post(reverse("wagtail_localize:machine_translate", args=[russian.pk]))
    publish(client, russian_editor, django_capture_on_commit_callbacks)
    edit_segment(client, russian, "intro", "Черновик, ещё не проверен.")

    client.force_login(member_of("Translators: Kazakh"))
    kazakh_page, kazakh, kazakh_editor = submit_for_translation(client, about, locales["kk"])
    client.post(reverse("wagtail_localize:machine_translate", args=[kazakh.pk]))
    about.title = "About us"
    about.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[kazakh.source_id]),
            {"publish_translations": "on"},
        )

    kazakh_page.refresh_from_db()
    russian_page.refresh_from_db()
    assert kazakh_page.live
    assert kazakh_page.title == "About us", "synced and published, the new title not yet translated"
    assert russian_page.title == "programme the About", "the Russian page was not republished"
    assert public_page(russian_page.url).select_one(".lead").get_text(strip=True) != (
        "Черновик, ещё не проверен."
    )


def test_po_file_export_and_import(translator, about, locales, django_capture_on_commit_callbacks):
    kazakh_page, translation, editor = submit_for_translation(translator, about, locales["kk"])

    response = translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    assert "about-the-programme-kk.po" in response["Content-Disposition"]
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} >= {"About the programme", about.intro}
    assert all(not entry.msgstr for entry in po)

    for entry in po:
        if entry.msgid == about.intro:
            entry.msgstr = KAZAKH_INTRO
        elif entry.msgid == "About the programme":
            entry.msgstr = "Бағдарлама туралы"
    upload = SimpleUploadedFile(
        "about-kk.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": editor},
    )
    assert response.url == editor
    assert (
        StringTranslation.objects.get(translation_of__data=about.intro, locale=locales["kk"]).data
        == KAZAKH_INTRO
    )

    publish(translator, editor, django_capture_on_commit_callbacks)
    soup = public_page("/kk/about/")
    assert soup.h1.get_text(strip=True) == "Бағдарлама туралы"
    assert soup.select_one(".lead").get_text(strip=True) == KAZAKH_INTRO


def test_po_file_for_another_translation_is_refused(translator, about, locales, member_of):
    _page, kazakh, editor = submit_for_translation(translator, about, locales["kk"])
    po = polib.pofile(
        translator.get(
            reverse("wagtail_localize:download_pofile", args=[kazakh.pk])
        ).content.decode()
    )
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    for entry in po:
        entry.msgstr = "Басқа"
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[kazakh.pk]),
        {"file": SimpleUploadedFile("other.po", str(po).encode()), "next": editor},
        follow=True,
    )
    assert "different translation" in response.content.decode()
    assert not StringTranslation.objects.filter(locale=locales["kk"]).exists()

    translator.force_login(member_of("Translators: Russian"))
    refused = translator.get(reverse("wagtail_localize:download_pofile", args=[kazakh.pk]))
    assert refused.status_code in (302, 403)
