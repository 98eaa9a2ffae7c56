"""Every public URL carries its language; the switcher leads to the page in each language."""

import pytest
from bs4 import BeautifulSoup

from home.models import StandardPage


@pytest.fixture
def about(translated_home):
    about = translated_home["en"].add_child(
        instance=StandardPage(title="About", slug="about", show_in_menus=True)
    )
    about.save_revision().publish()
    kazakh = about.copy_for_translation(translated_home["kk"].locale)
    kazakh.title = "Біз туралы"
    kazakh.save_revision().publish()
    return about


@pytest.mark.django_db
@pytest.mark.parametrize(
    "accept_language, target",
    [("kk,ru;q=0.8", "/kk/"), ("ru-RU,ru;q=0.9", "/ru/"), ("fr-FR,fr", "/en/"), ("", "/en/")],
)
def test_root_redirects_to_the_preferred_language(client, translated_home, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/fr/", "/de/about/", "/xx/", "/zh-hans/"])
def test_unknown_language_prefix_is_the_sites_404(client, translated_home, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_unknown_path_gets_the_sites_404_in_that_language(client, translated_home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "en"
    assert html.find("a", class_="site-header__brand")


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ru", "kk", "ky", "tg", "tk", "uz", "az"])
def test_every_language_prefix_serves_its_home(client, translated_home, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == code
    assert html.html["dir"] == "ltr"


@pytest.mark.django_db
def test_switcher_links_to_translations_and_else_to_that_languages_home(client, about):
    response = client.get("/en/about/")
    html = BeautifulSoup(response.content, "html.parser")
    links = {a["hreflang"]: a for a in html.select(".language-switcher a")}
    assert list(links) == ["en", "ru", "kk", "ky", "tg", "tk", "uz", "az"]
    assert links["en"]["href"] == "/en/about/"
    assert links["en"]["aria-current"] == "true"
    assert links["kk"]["href"] == "/kk/about/"
    assert links["ru"]["href"] == "/ru/"
    assert "language-switcher__fallback" in links["ru"]["class"]


@pytest.mark.django_db
def test_kazakh_page_is_served_in_kazakh_with_alternates(client, about):
    response = client.get("/kk/about/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Біз туралы"
    alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"]')}
    assert alternates == {
        "en": "http://localhost/en/about/",
        "x-default": "http://localhost/en/about/",
        "kk": "http://localhost/kk/about/",
    }


@pytest.mark.django_db
def test_menu_lists_the_locale_homes_children_that_are_in_menus(client, about):
    html = BeautifulSoup(client.get("/kk/").content, "html.parser")
    assert [a.get_text() for a in html.select(".main-menu a")] == ["Біз туралы"]


@pytest.mark.django_db
def test_search_view_switcher_keeps_the_view_and_query(client, translated_home):
    html = BeautifulSoup(client.get("/en/search/?q=water").content, "html.parser")
    links = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
    assert links["ky"] == "/ky/search/?q=water"
