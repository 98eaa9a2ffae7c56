"""The library and newsroom page types: where they live, what editors must fill in, and what
translation, search and the API get from them."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page
from wagtail_factories import DocumentFactory
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import TranslationSource

from articles.models import (
    ArticleIndexPage,
    ArticleKind,
    ArticlePage,
    NewsIndexPage,
    NewsPage,
)
from home.models import HomePage, StandardPage
from tests.factories import CountryFactory, ImageFactory, PersonFactory, ThemeFactory

from .factories import ArticleIndexPageFactory, ArticlePageFactory, NewsPageFactory


@pytest.mark.django_db
def test_page_types_live_only_in_their_place(home_page, library, newsroom):
    assert not ArticleIndexPage.can_create_at(home_page)  # one library per language
    assert not NewsIndexPage.can_create_at(home_page)
    assert ArticlePage.can_create_at(library) and not ArticlePage.can_create_at(newsroom)
    assert NewsPage.can_create_at(newsroom) and not NewsPage.can_create_at(library)
    assert not ArticlePage.can_create_at(home_page)
    assert ArticleIndexPage.parent_page_types == ["home.HomePage"]
    assert HomePage in ArticleIndexPage.allowed_parent_page_models()
    assert StandardPage not in ArticleIndexPage.allowed_parent_page_models()
    article = ArticlePageFactory(parent=library)
    assert not ArticlePage.can_create_at(article)


def test_article_kinds_are_exactly_the_four():
    assert ArticleKind.values == ["analysis", "policy", "resource", "essay"]


def errors_of(page):
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    return error.value.message_dict


@pytest.mark.django_db
def test_validation_says_what_to_fix(library, newsroom):
    article = ArticlePageFactory(parent=library, kind=ArticleKind.ESSAY)
    article.summary = "x" * 301
    article.hero_image = ImageFactory()
    article.hero_image_alt = " "
    article.publication_date = timezone.localdate() + datetime.timedelta(days=3)
    article.documents = [{"type": "document", "value": {"document": DocumentFactory().pk}}]
    errors = errors_of(article)
    assert "at most 300 characters" in errors["summary"][0]
    assert errors["hero_image_alt"] == ["Describe the hero image for people who cannot see it."]
    assert "cannot be in the future" in errors["publication_date"][0]
    assert errors["documents"][0].startswith("Only policy and resource articles carry documents.")
    article.kind = ArticleKind.RESOURCE
    assert "documents" not in errors_of(article)

    news = NewsPageFactory(parent=newsroom)
    news.source_name = "A partner"
    assert errors_of(news) == {
        "source_url": ["Add the address of the source, or leave the source name empty."]
    }


@pytest.mark.django_db
def test_publication_date_defaults_to_first_publication(library):
    article = ArticlePageFactory(parent=library, publication_date=None, live=False)
    assert article.publication_date is None and article.publication_year is None
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.publication_date == timezone.localdate(article.first_published_at)
    assert article.publication_year == article.publication_date.year
    article.publication_date = datetime.date(2018, 5, 6)
    article.save()
    article.refresh_from_db()
    assert article.publication_year == 2018
    assert article.listing_date == datetime.date(2018, 5, 6)


@pytest.mark.django_db
def test_card_attributes(library, newsroom):
    image = ImageFactory()
    article = ArticlePageFactory(
        parent=library, kind=ArticleKind.POLICY, hero_image=image, hero_image_alt="A field"
    )
    assert article.listing_image == image
    assert article.listing_label == "Policy"
    assert article.listing_summary == article.summary
    assert article.listing_date == article.publication_date
    assert article.get_admin_display_title() == f"{article.title} (Policy)"
    assert NewsPageFactory(parent=newsroom).listing_label == "News"


@pytest.mark.django_db
def test_reading_time_counts_summary_and_body(library):
    body = [
        {"type": "paragraph", "value": "<p>" + "word " * 198 + "</p>"},
        {"type": "quote", "value": {"quote": "Two words", "attribution": ""}},
        {"type": "paragraph", "value": "<p>" + "word " * 198 + "</p>"},
    ]
    article = ArticlePageFactory(parent=library, summary="Two words.", body=body)
    assert article.reading_time == 2  # 400 words at 200 a minute
    assert ArticlePageFactory(parent=library, body=[]).reading_time == 1


@pytest.mark.django_db
def test_editor_tabs_and_help_text(admin_client, library, locales):
    theme = ThemeFactory(name="Fair housing")
    theme.copy_for_translation(locales["kk"]).save()
    article = ArticlePageFactory(parent=library, themes=[theme])
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    tabs = [tab.contents[0].strip() for tab in html.select('[role="tab"]')]
    assert tabs == ["Content", "Taxonomy", "Promote", "Settings"]
    # Each theme is offered once, in the page's language, not once per translation.
    (checkbox,) = html.select("#tab-taxonomy input[name=themes]")
    assert checkbox["value"] == str(theme.pk) and checkbox.has_attr("checked")
    assert html.select_one("#tab-settings input[name=publication_date]")
    explorer = admin_client.get(f"/admin/pages/{library.pk}/")
    assert f"{article.title} (Analysis)" in explorer.content.decode()
    for model in (ArticlePage, NewsPage, ArticleIndexPage, NewsIndexPage):
        own_fields = [
            field
            for field in model._meta.get_fields()
            if getattr(field, "model", None) is not Page
            and getattr(field, "editable", False)
            and not field.auto_created
            and field.name not in ("page_ptr",)
            and field.concrete
        ]
        assert own_fields
        for field in own_fields:
            assert field.help_text, f"{model.__name__}.{field.name} has no help text"


@pytest.mark.django_db
def test_admin_add_form_for_news_renders(admin_client, newsroom):
    response = admin_client.get(f"/admin/pages/add/articles/newspage/{newsroom.pk}/")
    assert response.status_code == 200
    assert b"source_url" in response.content


def test_translatable_fields_are_declared():
    for model in (ArticlePage, NewsPage, ArticleIndexPage, NewsIndexPage):
        assert "translatable_fields" in vars(model) or model.translatable_fields
        fields = {field.field_name: type(field) for field in model.translatable_fields}
        assert fields["title"] is TranslatableField
    fields = {field.field_name: type(field) for field in ArticlePage.translatable_fields}
    for name in ("summary", "body", "hero_image_alt", "documents"):
        assert fields[name] is TranslatableField
    for name in ("hero_image", "publication_date", "kind", "themes", "countries", "authors"):
        assert fields[name] is SynchronizedField
    assert {field.field_name: type(field) for field in NewsPage.translatable_fields}[
        "source_url"
    ] is SynchronizedField


@pytest.mark.django_db
def test_translation_keeps_taxonomy_and_lists_in_its_own_language(client, translated_home):
    english_theme = ThemeFactory(slug="fair-housing", name="Fair housing")
    kazakh_theme = english_theme.copy_for_translation(translated_home["kk"].locale)
    kazakh_theme.name = "Әділ тұрғын үй"
    kazakh_theme.save()
    library = ArticleIndexPageFactory(parent=translated_home["en"])
    article = ArticlePageFactory(
        parent=library,
        title="Shared repairs",
        themes=[english_theme],
        countries=[CountryFactory(iso_code="KZ")],
        authors=[PersonFactory(name="Aigerim")],
        tags=["repairs"],
    )
    ArticlePageFactory(parent=library, title="English only")
    kazakh = translated_home["kk"].locale
    for page in (library, article):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation, _ = source.create_or_update_translation(kazakh, fallback=True)
        translation.get_latest_revision().publish()
    translation = article.get_translation(kazakh)
    assert translation.publication_date == article.publication_date
    assert [theme.slug for theme in translation.themes.all()] == ["fair-housing"]
    assert [link.person.name for link in translation.authors.all()] == ["Aigerim"]
    assert [tag.name for tag in translation.tags.all()] == ["repairs"]

    html = BeautifulSoup(client.get("/kk/library/?theme=fair-housing").content, "html.parser")
    assert [a.get_text() for a in html.select(".card__title a")] == ["Shared repairs"]
    assert html.select_one(".filters__facet--theme a").get_text() == "Әділ тұрғын үй"
    detail = BeautifulSoup(client.get(translation.url).content, "html.parser")
    assert detail.select_one(".publication__topics a").get_text() == "Әділ тұрғын үй"
    assert detail.select_one(".publication__topics a")["href"] == "/kk/library/?theme=fair-housing"


@pytest.mark.django_db
def test_search_fields_support_the_filters_the_search_page_needs(library):
    theme = ThemeFactory(slug="green-technology", name="Green technology")
    ArticlePageFactory(
        parent=library,
        title="Solar heaters",
        summary="Savings in mountain villages.",
        kind=ArticleKind.ANALYSIS,
        publication_date=datetime.date(2020, 4, 1),
        themes=[theme],
        countries=[CountryFactory(iso_code="KG", name="Kyrgyzstan")],
        authors=[PersonFactory(name="Bakhtiyor Yusupov")],
        tags=["stoves"],
    )
    ArticlePageFactory(parent=library, title="Another piece", kind=ArticleKind.ESSAY)
    found = (
        ArticlePage.objects.live()
        .filter(
            locale_id=library.locale_id,
            kind="analysis",
            publication_year=2020,
            publication_date__year=2020,
            themes__slug="green-technology",
            countries__iso_code="KG",
            tags__slug="stoves",
        )
        .search("solar")
    )
    assert [page.title for page in found] == ["Solar heaters"]
    # Authors, taxonomy and tags are indexed from the first save, not the next one.
    for query in ["mountain", "Yusupov", "Kyrgyzstan", "Green", "stoves"]:
        titles = [page.title for page in ArticlePage.objects.live().search(query)]
        assert titles == ["Solar heaters"], query
    ArticlePage.objects.get(title="Solar heaters").delete()
    assert not ArticlePage.objects.search("solar")


@pytest.mark.django_db
def test_api_exposes_what_a_front_end_needs(client, library, newsroom):
    portrait = ImageFactory(file__width=400, file__height=400)
    document = DocumentFactory(title="Brief", file__data=b"x" * 100, file__filename="brief.pdf")
    document._set_document_file_metadata()
    document.save()
    article = ArticlePageFactory(
        parent=library,
        kind=ArticleKind.POLICY,
        hero_image=ImageFactory(),
        hero_image_alt="A field",
        themes=[ThemeFactory(slug="older-people", name="Older people")],
        countries=[CountryFactory(iso_code="AZ", name="Azerbaijan")],
        authors=[PersonFactory(name="Leyla", photo=portrait)],
        tags=["care"],
        documents=[{"type": "document", "value": {"document": document.pk}}],
    )
    data = client.get(f"/api/v2/pages/{article.pk}/").json()
    assert data["kind"] == "policy" and data["listing_label"] == "Policy"
    assert data["summary"] == article.summary
    assert data["publication_date"] == str(article.publication_date)
    assert data["publication_year"] == article.publication_date.year
    assert data["hero_image_alt"] == "A field"
    assert data["hero_image"]["renditions"]["thumbnail"]["url"].startswith("http")
    assert data["authors"][0]["person"]["name"] == "Leyla"
    assert data["authors"][0]["person"]["photo"]["width"] == 400
    assert [(t["name"], t["slug"]) for t in data["themes"]] == [("Older people", "older-people")]
    assert [(c["name"], c["iso_code"]) for c in data["countries"]] == [("Azerbaijan", "AZ")]
    assert data["tags"] == ["care"]
    assert data["reading_time"] == 1
    assert data["body"][0]["type"] == "paragraph"
    (attached,) = data["documents"]
    document_data = attached["value"]["document"]
    assert document_data["title"] == "Brief" and document_data["file_extension"] == "pdf"
    assert document_data["file_size"] == 100
    url = document_data["download_url"]
    assert url.startswith("http") and url.endswith(".pdf")

    news = NewsPageFactory(parent=newsroom, source_url="https://example.org/a")
    data = client.get(f"/api/v2/pages/{news.pk}/").json()
    assert data["source_url"] == "https://example.org/a"
    assert data["listing_label"] == "News"
    listing = client.get("/api/v2/pages/?type=articles.ArticlePage&fields=kind,summary").json()
    assert listing["items"][0]["kind"] == "policy"
