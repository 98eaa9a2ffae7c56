"""Home and standard pages: where editors may create them and what visitors see."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.factories import ImageFactory


@pytest.mark.django_db
def test_page_types_live_only_in_their_place(home_page):
    root = Page.get_first_root_node()
    # One home page is created by hand; the other languages' homes are its translations.
    assert not HomePage.can_create_at(root)
    assert not HomePage.can_create_at(home_page)
    assert StandardPage.can_create_at(home_page)
    assert not StandardPage.can_create_at(root)
    about = home_page.add_child(instance=StandardPage(title="About", slug="about"))
    assert StandardPage.can_create_at(about)
    assert not HomePage.can_create_at(about)


@pytest.mark.django_db
def test_hero_image_needs_a_description(home_page):
    home_page.hero_image = ImageFactory()
    home_page.hero_image_alt = ""
    with pytest.raises(ValidationError) as error:
        home_page.full_clean()
    assert "hero_image_alt" in error.value.message_dict


@pytest.mark.django_db
def test_home_page_shows_hero_and_responsive_image(client, home_page):
    home_page.hero_image = ImageFactory(width=1600, height=900)
    home_page.hero_image_alt = "Volunteers at a meeting"
    home_page.intro = "News and learning for NGOs."
    home_page.save_revision().publish()
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert html.h1.get_text() == "Civil society hub"
    picture = html.select_one(".hero picture")
    assert picture.select_one('source[type="image/webp"]')["srcset"].count("w,") == 2
    assert picture.img["alt"] == "Volunteers at a meeting"


@pytest.mark.django_db
def test_latest_pages_section_lists_newest_live_children(client, home_page):
    news = home_page.add_child(instance=StandardPage(title="News", slug="news"))
    for title in ["First", "Second", "Third"]:
        news.add_child(instance=StandardPage(title=title, slug=title.lower(), intro=title))
    draft = news.add_child(instance=StandardPage(title="Draft", slug="draft", live=False))
    assert not draft.live
    home_page.sections = [
        {"type": "latest", "value": {"title": "Latest", "section": news.pk, "count": 2}}
    ]
    home_page.save_revision().publish()
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    titles = [a.get_text() for a in html.select(".home-section--latest .card__title a")]
    assert len(titles) == 2 and "Draft" not in titles


@pytest.mark.django_db
def test_standard_page_renders_body_blocks(client, home_page):
    page = home_page.add_child(
        instance=StandardPage(
            title="About",
            slug="about",
            intro="Who we are.",
            body=[
                {"type": "heading", "value": {"text": "Our work", "level": "h2"}},
                {"type": "paragraph", "value": "<p>We fund <b>community</b> groups.</p>"},
                {"type": "quote", "value": {"quote": "It worked.", "attribution": "A grantee"}},
                {
                    "type": "key_figure",
                    "value": {"figure": "101", "label": "grants", "description": ""},
                },
            ],
        )
    )
    page.save_revision().publish()
    response = client.get("/en/about/")
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("h2.block-heading").get_text() == "Our work"
    assert html.select_one(".rich-text b").get_text() == "community"
    assert html.select_one(".block-quote figcaption").get_text() == "A grantee"
    assert html.select_one(".key-figure__figure").get_text() == "101"
    assert [li.get_text(strip=True) for li in html.select(".breadcrumbs li")] == [
        "Home",
        "About",
    ]


@pytest.mark.django_db
def test_pages_have_no_inline_scripts_or_styles(client, home_page):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert all(script.get("src") for script in html.find_all("script"))
    assert not html.find_all("style")
    assert not html.select("[style]")
