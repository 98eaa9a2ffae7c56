"""A page still in English in another language's tree says so, in the visitor's language."""

import pytest
from bs4 import BeautifulSoup

from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(translated_home, locales):
    """About in English, an alias of it in Kazakh and a real translation in Russian."""
    about = translated_home["en"].add_child(
        instance=StandardPage(title="About", slug="about", intro="Who we are.")
    )
    about.save_revision().publish()
    # As wagtail-localize's locale synchronisation makes them: the same translation key.
    about.create_alias(
        parent=translated_home["kk"], update_locale=locales["kk"], reset_translation_key=False
    )
    russian = about.copy_for_translation(locales["ru"])
    russian.title = "О нас"
    russian.save_revision().publish()
    return about


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_an_alias_marks_its_text_as_english_and_tells_the_visitor(client, about):
    soup = soup_of(client, "/kk/about/")
    assert soup.html["lang"] == "kk"
    assert soup.main["lang"] == "en"
    notice = soup.select_one(".untranslated-notice")
    assert notice["lang"] == "kk"
    # The language named as the language switcher names it.
    assert "(Қазақша)" in notice.p.get_text()
    links = {a["hreflang"]: a["href"] for a in notice.find_all("a")}
    assert links == {"en": "/en/about/", "ru": "/ru/about/"}


def test_an_alias_points_its_canonical_link_at_the_original(client, about):
    soup = soup_of(client, "/kk/about/")
    assert soup.find("link", rel="canonical")["href"].endswith("/en/about/")


def alternates_of(soup):
    return {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}


def test_an_alias_lists_no_alternates_since_its_canonical_is_the_original(client, about):
    assert alternates_of(soup_of(client, "/kk/about/")) == {}


def test_the_original_lists_only_real_translations_as_alternates(client, about):
    alternates = alternates_of(soup_of(client, "/en/about/"))
    assert {code: url.split("/", 3)[3] for code, url in alternates.items()} == {
        "en": "en/about/",
        "x-default": "en/about/",
        "ru": "ru/about/",
    }


@pytest.mark.parametrize("path", ["/en/about/", "/ru/about/"])
def test_originals_and_translations_have_no_notice(client, about, path):
    soup = soup_of(client, path)
    assert soup.select_one(".untranslated-notice") is None
    assert not soup.main.has_attr("lang")
    assert soup.find("link", rel="canonical")["href"].endswith(path)


def test_every_page_describes_itself_from_its_intro_when_no_description_is_written(client, about):
    soup = soup_of(client, "/en/about/")
    assert soup.find("meta", attrs={"name": "description"})["content"] == "Who we are."
    about.search_description = "The programme, its people and its partners."
    about.save_revision().publish()
    soup = soup_of(client, "/en/about/")
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert description == "The programme, its people and its partners."
