"""The demo's translations: the whole Russian tree, six languages' index pages, every state
of the translation status report, and a loud failure for English without a translation.
A second run translates nothing (``tests/demo/test_content.py``)."""

from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.synctree import create_aliases_for_new_page

from academy.models import CoursePage
from articles.models import ArticlePage, NewsPage
from core.models import Country, Person, Theme
from demo import texts, translation_sources, translations
from demo.utils import demo_key
from grants.models import GranteePage
from home.models import HomePage, StandardPage
from translation import translation_status as ts

pytestmark = pytest.mark.usefixtures("demo_site")

RUSSIAN = texts.catalogue("ru")


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def main_text(page_html):
    return " ".join(page_html.select_one("main").get_text(" ").split())


def english(model, **filters):
    return model.objects.filter(locale__language_code="en", **filters).order_by("path").first()


def russian_of(page):
    return page.get_translation(Locale.objects.get(language_code="ru")).specific


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "filters", "body_field"),
    [
        (HomePage, {}, "intro"),
        (StandardPage, {"slug": "about"}, "intro"),
        (NewsPage, {}, "summary"),
        (ArticlePage, {"kind": "essay"}, "summary"),
        (CoursePage, {}, "catch_phrase"),
        (GranteePage, {}, "project_summary"),
    ],
)
def test_russian_pages_read_in_russian(client, model, filters, body_field):
    page = english(model, **filters)
    translated = russian_of(page)
    assert translated.alias_of_id is None and translated.live
    assert translated.title == RUSSIAN[page.title]
    assert getattr(translated, body_field) == RUSSIAN[getattr(page, body_field)]
    text = main_text(soup(client, translated.url))
    if model is not HomePage:  # the home page shows its hero title, not its page title
        assert RUSSIAN[page.title] in text
    assert RUSSIAN[getattr(page, body_field)] in text
    assert getattr(page, body_field) not in text


@pytest.mark.django_db
def test_russian_bodies_are_translated_block_by_block(client):
    about = english(StandardPage, slug="about")
    text = main_text(soup(client, russian_of(about).url))
    assert "Чем занимается программа" in text  # heading
    assert "Программа в цифрах" in text and "101 грант, 773 254 доллара США" in text  # table
    assert "Координатор программы (цитата для примера)" in text  # quote
    course = russian_of(english(CoursePage, code="CIV-101"))
    text = main_text(soup(client, course.url))
    assert "Как организовать общественные слушания" in text
    assert "Начало работы" in text  # the syllabus's opening module
    assert "Курс платный?" in text or "Сколько времени нужно в неделю?" in text  # questions
    assert "Getting started" not in text and "About this course" not in text
    grantee = russian_of(english(GranteePage))
    text = main_text(soup(client, grantee.url))
    assert "История проекта" in text and "Проект охватил" in text
    english_grants = english(GranteePage).grants.all()
    for grant, english_grant in zip(grantee.grants.all(), english_grants, strict=True):
        assert grant.title == RUSSIAN[english_grant.title]
    assert {grant.locale.language_code for grant in grantee.grants.all()} == {"ru"}


@pytest.mark.django_db
def test_the_whole_russian_tree_is_translated_with_nothing_left_in_english():
    russian = Locale.objects.get(language_code="ru")
    english_pages = Page.objects.filter(
        locale__language_code="en", depth__gte=2, alias_of__isnull=True, live=True
    )
    russian_pages = Page.objects.filter(
        translation_key__in=english_pages.values("translation_key"), locale=russian
    )
    assert russian_pages.count() == english_pages.count() > 150
    assert not russian_pages.filter(alias_of__isnull=False).exists()
    assert not russian_pages.filter(live=False).exists()
    assert not russian_pages.filter(has_unpublished_changes=True).exists()

    snippets = sum(
        model.objects.filter(locale__language_code="en").count() for model in translations.SNIPPETS
    )
    russian_translations = Translation.objects.filter(target_locale=russian)
    assert russian_translations.count() == english_pages.count() + snippets
    for translation in russian_translations:
        total, done = translation.get_progress()
        assert total == done, translation.source.object_repr

    # Every string is Russian; only the URL slugs stay as they are in English.
    strings = StringTranslation.objects.filter(locale=russian).select_related(
        "translation_of", "context"
    )
    assert {s.context.path for s in strings if s.data == s.translation_of.data} == {"slug"}
    assert not strings.filter(has_error=True).exists()


@pytest.mark.django_db
def test_russian_taxonomy_and_people():
    for model, field in ((Country, "name"), (Theme, "name"), (Person, "name"), (Person, "role")):
        for row in model.objects.filter(locale__language_code="en"):
            translated = row.get_translation(Locale.objects.get(language_code="ru"))
            assert getattr(translated, field) == RUSSIAN[getattr(row, field)]
    kazakhstan = Country.objects.get(locale__language_code="ru", iso_code="KZ")
    assert kazakhstan.name == "Казахстан"
    instructor = russian_of(english(CoursePage)).instructors.first()
    assert instructor.person.locale.language_code == "ru"


INDEX_URLS = ["", "about/", "news/", "library/", "academy/", "grants/"]


@pytest.mark.django_db
@pytest.mark.parametrize("code", texts.INDEX_PAGE_LANGUAGES)
def test_each_other_language_has_its_index_pages(client, code):
    catalogue = texts.catalogue(code)
    home = english(HomePage)
    for path in INDEX_URLS:
        url = f"/{code}/{path}"
        page = Page.objects.get(url_path=f"/{home.slug}/{path}", locale__language_code="en")
        translated = page.get_translation(Locale.objects.get(language_code=code))
        assert translated.alias_of_id is None, url
        assert translated.title == catalogue[page.title], url
        html = soup(client, url)
        assert html.find("html")["lang"].startswith(code)
        text = main_text(html)
        intro = page.specific.intro
        if (code, path) == ("tk", "library/"):  # in progress: the intro waits for its translator
            assert intro in text
        elif (code, path) == ("uz", "grants/"):  # translated from the earlier English
            assert catalogue[translations.EARLIER_ENGLISH["intro"]] in text
        else:
            assert catalogue[intro] in text and intro not in text, url
    # The taxonomy the index pages show (the theme filter, the countries of cards).
    text = main_text(soup(client, f"/{code}/news/"))
    assert catalogue["Civic participation"] in text and catalogue["Kazakhstan"] in text
    assert "Civic participation" not in text
    # Articles, news, courses and grantees are still aliases of English in these languages.
    assert (
        Page.objects.filter(locale__language_code=code, alias_of__isnull=False, depth__gt=3).count()
        == Page.objects.filter(locale__language_code="en", depth__gt=3).count()
    )


@pytest.mark.django_db
def test_the_status_report_shows_every_state(client):
    rows = ts.page_statuses()
    states = Counter((row.locale.language_code, row.status) for row in rows)
    english_pages = len({row.page_id for row in rows})
    assert states[("ru", ts.UP_TO_DATE)] == english_pages
    assert states[("uz", ts.OUT_OF_DATE)] == 1
    assert states[("tk", ts.IN_PROGRESS)] == 1
    out_of_date = next(row for row in rows if row.status == ts.OUT_OF_DATE)
    assert out_of_date.page_id == english(Page, translation_key=demo_key("grants")).pk
    for code in texts.INDEX_PAGE_LANGUAGES:
        translated = len(translations.INDEX_PAGES)
        up_to_date = translated - (code in ("uz", "tk"))
        assert states[(code, ts.UP_TO_DATE)] == up_to_date
        assert states[(code, ts.NOT_TRANSLATED)] == english_pages - translated

    # wagtail-localize sees the Uzbek sync and the Turkmen work in progress.
    grants_source = TranslationSource.objects.get(object_id=demo_key("grants"))
    uzbek = Translation.objects.get(source=grants_source, target_locale__language_code="uz")
    assert uzbek.get_progress() == (2, 1)  # the changed intro waits for the translator
    log = TranslationLog.objects.get(source=grants_source, locale__language_code="uz")
    assert log.created_at < grants_source.last_updated_at
    library = Translation.objects.get(
        source__object_id=demo_key("library"), target_locale__language_code="tk"
    )
    total, done = library.get_progress()
    assert 0 < done < total

    admin = get_user_model().objects.create_superuser("coordinator", password="pw")
    client.force_login(admin)
    html = soup(client, "/admin/reports/translation-status/")
    counts = {
        (row["data-locale"], cell["data-status"]): int(cell.get_text(strip=True))
        for row in html.select("#translation-counts tr[data-locale]")
        for cell in row.select("[data-status]")
    }
    assert counts[("ru", ts.UP_TO_DATE)] == english_pages
    assert counts[("uz", ts.OUT_OF_DATE)] == 1
    assert counts[("kk", ts.NOT_TRANSLATED)] == english_pages - len(translations.INDEX_PAGES)
    html = soup(client, "/admin/reports/translation-status/?status=out_of_date")
    rows = html.select("#translation-status tbody tr[data-page]")
    assert [row["data-page"] for row in rows] == [str(out_of_date.page_id)]


@pytest.mark.django_db
def test_english_without_a_translation_stops_the_load():
    home = english(HomePage)
    page = home.add_child(
        instance=StandardPage(title="Contact", slug="contact", intro="Write to us any time.")
    )
    page.save_revision().publish()
    create_aliases_for_new_page(page)
    with pytest.raises(translations.MissingDemoTranslations) as error:
        translations.load(lambda message: None)
    assert "[ru] Contact: 'Write to us any time.'" in str(error.value)
    assert ("ru", "Contact", "Contact") in error.value.missing
    # Nothing of the failed run was kept: the Russian page is still an alias.
    assert page.get_translation(Locale.objects.get(language_code="ru")).alias_of_id == page.pk
    assert not TranslationSource.objects.filter(object_id=page.translation_key).exists()


@pytest.mark.django_db
def test_reset_forgets_the_translation_records():
    translations.reset()
    assert not TranslationSource.objects.exists()
    assert not Translation.objects.exists()
    assert not StringTranslation.objects.exists()
    assert not String.objects.exists()


@pytest.mark.django_db
def test_bulk_sources_are_the_ones_wagtail_localize_makes():
    """``create_sources`` writes in bulk what ``get_or_create_from_instance`` writes row by
    row (except the lazily filled ``field_path``)."""

    def rows(source):
        return (
            source.content_json,
            source.object_repr,
            source.specific_content_type_id,
            sorted(
                (s.order, s.context.path, s.string.data, s.string.locale_id, s.attrs)
                for s in source.stringsegment_set.select_related("string", "context")
            ),
            sorted(
                (s.order, s.context.path, s.template.template, s.template.string_count)
                for s in source.templatesegment_set.select_related("template", "context")
            ),
            sorted(
                (s.order, s.context.path, s.object_id)
                for s in source.relatedobjectsegment_set.select_related("context")
            ),
            sorted(
                (s.order, s.context.path, s.data_json)
                for s in source.overridablesegment_set.select_related("context")
            ),
        )

    def instances():  # fresh ones each time: extracting segments normalises StreamFields
        return [
            english(HomePage).specific,
            english(StandardPage, slug="about").specific,
            english(ArticlePage, kind="policy").specific,
            english(CoursePage).specific,
            english(GranteePage).specific,
            Person.objects.filter(locale__language_code="en").first(),
        ]

    keys = [instance.translation_key for instance in instances()]
    TranslationSource.objects.filter(object_id__in=keys).delete()
    made = translation_sources.create_sources(instances())
    bulk = {source.object_id: rows(source) for source in made}
    TranslationSource.objects.filter(object_id__in=keys).delete()
    for instance in instances():
        source, created = TranslationSource.get_or_create_from_instance(instance)
        assert created
        assert rows(source) == bulk[instance.translation_key], instance
