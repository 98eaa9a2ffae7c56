"""The translation status report follows a page through translate, change and sync."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object

from home.models import StandardPage
from translation import roles
from translation import translation_status as ts


@pytest.fixture
def about(translated_home, locales):
    home_page = translated_home["en"]
    page = home_page.add_child(instance=StandardPage(title="About", slug="about", intro="Old"))
    page.save_revision().publish()
    return page


def status_of(page, code):
    rows = [row for row in ts.page_statuses() if row.page_id == page.pk]
    return {row.locale.language_code: row.status for row in rows}[code]


def publish_translation(page, locale, complete=True):
    """What the translator's Publish button does; wagtail-localize publishes on commit.
    ``complete``: every segment translated first, else the untranslated ones stay English."""
    source = TranslationSource.objects.get_for_instance(page)
    translation = Translation.objects.get(source=source, target_locale=locale)
    if complete:
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": f"[{locale.language_code}] {segment.string.data}"},
            )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)


@pytest.mark.django_db
def test_a_page_goes_from_not_translated_to_up_to_date_to_out_of_date_and_back(about, locales):
    assert status_of(about, "kk") == ts.NOT_TRANSLATED
    translate_object(about, [locales["kk"]])
    assert status_of(about, "kk") == ts.NOT_TRANSLATED, "a draft translation is not visible yet"
    publish_translation(about, locales["kk"], complete=False)
    assert status_of(about, "kk") == ts.IN_PROGRESS, "published, but still in English"
    publish_translation(about, locales["kk"])
    assert status_of(about, "kk") == ts.UP_TO_DATE

    about.intro = "New"
    about.save_revision().publish()
    assert status_of(about, "kk") == ts.OUT_OF_DATE

    source = TranslationSource.objects.get_for_instance(about)
    source.update_from_db()
    assert status_of(about, "kk") == ts.OUT_OF_DATE, "synced but the translation is not saved yet"
    publish_translation(about, locales["kk"], complete=False)
    assert status_of(about, "kk") == ts.IN_PROGRESS, "the new intro is not translated yet"
    publish_translation(about, locales["kk"])
    assert status_of(about, "kk") == ts.UP_TO_DATE
    assert status_of(about, "ru") == ts.NOT_TRANSLATED


@pytest.mark.django_db
def test_aliases_count_as_not_translated_and_manual_copies_as_translated(about, locales):
    about.copy_for_translation(locales["ru"], alias=True)
    manual = about.copy_for_translation(locales["tg"])
    manual.save_revision().publish()
    assert status_of(about, "ru") == ts.NOT_TRANSLATED
    assert status_of(about, "tg") == ts.UP_TO_DATE
    about.save_revision().publish()
    assert status_of(about, "tg") == ts.OUT_OF_DATE


@pytest.mark.django_db
def test_filters_and_counts(about, home_page, locales):
    contact = home_page.add_child(instance=StandardPage(title="Contact", slug="contact"))
    contact.save_revision().publish()
    translate_object(about, [locales["kk"]])
    publish_translation(about, locales["kk"])
    kazakh = ts.page_statuses(locales=[locales["kk"]])
    counts = ts.counts_by_locale(kazakh)[locales["kk"]]
    # home, about, contact
    assert counts == {ts.UP_TO_DATE: 2, ts.IN_PROGRESS: 0, ts.OUT_OF_DATE: 0, ts.NOT_TRANSLATED: 1}
    in_about = ts.page_statuses(locales=[locales["kk"]], section_id=about.pk)
    assert [row.page_id for row in in_about] == [about.pk]
    assert ts.page_statuses(section_id=999999) == []
    up_to_date = ts.page_statuses(status=ts.UP_TO_DATE)
    assert {
        (row.page_id, row.locale.language_code) for row in up_to_date if row.page_id != home_page.pk
    } == {(about.pk, "kk")}


@pytest.mark.django_db
def test_report_is_a_constant_number_of_queries(
    about, home_page, locales, django_assert_max_num_queries
):
    for number in range(20):
        home_page.add_child(instance=StandardPage(title=f"Page {number}", slug=f"page-{number}"))
    with django_assert_max_num_queries(10):
        rows = ts.page_statuses()
    assert len(rows) == 22 * 7


@pytest.fixture
def coordinator(db):
    user = get_user_model().objects.create_user("coordinator", password="pw", is_staff=False)
    group = Group.objects.create(name="Coordinators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    GroupPagePermission.objects.create(
        group=group, page=Page.get_first_root_node(), permission_type="change"
    )
    user.groups.add(group)
    return user


@pytest.mark.django_db
def test_report_page_lists_rows_with_actions(client, about, locales, coordinator):
    translate_object(about, [locales["kk"]])
    publish_translation(about, locales["kk"])
    about.save_revision().publish()
    client.force_login(coordinator)
    response = client.get("/admin/reports/translation-status/?locale=kk&status=out_of_date")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    rows = html.select("#translation-status tbody tr[data-page]")
    assert [(row["data-page"], row["data-status"]) for row in rows] == [
        (str(about.pk), "out_of_date")
    ]
    actions = [a.get_text() for a in rows[0].select("a")]
    assert actions == ["Sync", "Translation memory", "Edit translation", "Edit English page"]
    counts = html.select_one('#translation-counts tr[data-locale="kk"]')
    assert counts.select_one('[data-status="out_of_date"]').get_text(strip=True) == "1"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?locale=xx&status=<b>&section=abc", "?p=999&section=-1"])
def test_report_ignores_bad_filters(client, about, coordinator, query):
    client.force_login(coordinator)
    response = client.get(f"/admin/reports/translation-status/{query}")
    assert response.status_code == 200
    assert "<b>" not in response.content.decode().split("</form>")[0].split("<form")[-1]


@pytest.mark.django_db
def test_report_and_panel_need_the_translation_permission(client, about):
    editor = get_user_model().objects.create_user("editor", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/reports/translation-status/").status_code in (302, 403)
    assert b"translation-status" not in client.get("/admin/").content


@pytest.mark.django_db
def test_dashboard_panel_shows_counts(client, about, coordinator):
    client.force_login(coordinator)
    html = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = html.select_one("#translation-status-section")
    assert panel is not None
    assert (
        panel.select_one('tr[data-locale="kk"] [data-status="not_translated"]').get_text(strip=True)
        == "1"
    )


@pytest.mark.django_db
def test_a_translator_is_offered_only_what_they_may_do(client, about, locales):
    """A Kazakh translator may translate into Kazakh and edit Kazakh pages, nothing else."""
    roles.setup_roles(log=lambda message: None)
    translator = get_user_model().objects.create_user("kk", password="pw")
    translator.groups.add(Group.objects.get(name=roles.translator_group_name("kk")))
    client.force_login(translator)
    html = BeautifulSoup(
        client.get("/admin/reports/translation-status/?status=not_translated").content,
        "html.parser",
    )
    actions = {
        (row["data-locale"], a.get_text())
        for row in html.select("#translation-status tbody tr[data-page]")
        for a in row.select("a")
    }
    assert ("kk", "Translate") in actions
    assert {label for _code, label in actions} <= {
        "Translate",
        "Translation memory",
        "Edit translation",
    }
    assert {code for code, _label in actions} == {"kk"}
