"""Kazakh and Russian visitors read the interface in their language, with their own dates and
numbers (Django's locale formats; Kazakh's come from hub/formats/kk)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation

from tests.articles.factories import NewsIndexPageFactory, NewsPageFactory
from tests.factories import CountryFactory, ThemeFactory
from tests.grants.factories import GrantsIndexPageFactory, add_grantee

NBSP = "\xa0"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(html, selector):
    return html.select_one(selector).get_text(" ", strip=True)


def translate(page, locales, codes=("ru", "kk")):
    for code in codes:
        page.copy_for_translation(locales[code]).save_revision().publish()


@pytest.fixture
def newsroom(translated_home, locales):
    index = NewsIndexPageFactory(parent=translated_home["en"])
    item = NewsPageFactory(
        parent=index, title="Wells for three villages", publication_date=datetime.date(2024, 3, 5)
    )
    translate(index, locales)
    translate(item, locales)
    return index


@pytest.fixture
def grants_programme(translated_home, locales):
    index = GrantsIndexPageFactory(parent=translated_home["en"])
    kyrgyzstan = CountryFactory(name="Kyrgyzstan", iso_code="KG", latitude=41.2, longitude=74.8)
    housing = ThemeFactory(name="Fair housing", slug="fair-housing")
    grantee = add_grantee(
        index,
        kyrgyzstan,
        [(housing, "12500.00", 2019), (housing, "3250.00", 2021)],
        title="Osh Tenants",
        slug="osh-tenants",
        beneficiaries=1500,
    )
    translate(index, locales)
    translate(grantee, locales)
    return index


# (language, skip link, brand, menu button, search button, language switcher, breadcrumbs)
CHROME = [
    (
        "en",
        "Skip to content",
        "Civil Society Hub",
        "Menu",
        "Search",
        "Language",
        "Breadcrumb",
    ),
    (
        "ru",
        "Перейти к содержанию",
        "Хаб гражданского общества",
        "Меню",
        "Найти",
        "Язык",
        "Навигационная цепочка",
    ),
    (
        "kk",
        "Мазмұнға өту",
        "Азаматтық қоғам хабы",
        "Мәзір",
        "Іздеу",
        "Тіл",
        "Навигация тізбегі",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("code, skip, brand, menu, search, switcher, breadcrumbs", CHROME)
def test_navigation_speaks_the_pages_language(
    client, newsroom, code, skip, brand, menu, search, switcher, breadcrumbs
):
    html = soup(client.get(f"/{code}/news/"))
    assert html.html["lang"] == code
    assert text(html, ".skip-link") == skip
    assert text(html, ".site-header__brand") == brand
    assert text(html, ".site-header__toggle") == menu
    assert text(html, ".search-box button[type=submit]") == search
    assert html.select_one("nav.language-switcher")["aria-label"] == switcher
    assert html.select_one("nav.breadcrumbs")["aria-label"] == breadcrumbs


@pytest.mark.django_db
@pytest.mark.parametrize(
    "code, date, count",
    [
        ("en", "March 5, 2024", "1 item"),
        ("ru", "5 марта 2024 г.", "1 материал"),
        ("kk", "2024 ж. 5 Наурыз", "1 материал"),
    ],
)
def test_news_dates_and_counts_follow_the_language(client, newsroom, code, date, count):
    html = soup(client.get(f"/{code}/news/"))
    published = html.select_one(".card__date time")
    assert (published.get_text(), published["datetime"]) == (date, "2024-03-05")
    assert text(html, ".result-count") == count


@pytest.mark.django_db
@pytest.mark.parametrize(
    "code, figures, heading",
    [
        ("en", ["2", "15,750", "1", "1,500"], "The programme in figures"),
        ("ru", ["2", f"15{NBSP}750", "1", f"1{NBSP}500"], "Программа в цифрах"),
        ("kk", ["2", f"15{NBSP}750", "1", f"1{NBSP}500"], "Бағдарлама сандармен"),
    ],
)
def test_grants_totals_are_grouped_the_languages_way(
    client, grants_programme, code, figures, heading
):
    html = soup(client.get(f"/{code}/grants/"))
    assert [p.get_text() for p in html.select(".grants-stats .key-figure__figure")] == figures
    assert text(html, "#grants-stats-heading") == heading


@pytest.mark.django_db
@pytest.mark.parametrize(
    "code, period, amount",
    [
        ("en", "May 2019 – April 2020", "12,500.00 USD"),
        ("ru", "Май 2019 г. – Апрель 2020 г.", f"12{NBSP}500,00 USD"),
        ("kk", "2019 ж. Мамыр – 2020 ж. Сәуір", f"12{NBSP}500,00 USD"),
    ],
)
def test_a_grantees_grants_show_months_and_amounts_in_the_language(
    client, grants_programme, code, period, amount
):
    html = soup(client.get(f"/{code}/grants/osh-tenants/"))
    first_grant = html.select_one(".grantee__grants tbody tr").select("td")
    assert first_grant[3].get_text(" ", strip=True) == period
    assert first_grant[5].get_text(strip=True) == amount


@pytest.mark.django_db
def test_the_404_page_is_in_the_visitors_language(client, translated_home):
    response = client.get("/kk/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Бет табылмады"


def test_the_500_page_is_in_the_visitors_language():
    """Django renders 500.html without a context, but the visitor's language is active."""
    with translation.override("ru"):
        html = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert html.html["lang"] == "ru"
    assert html.h1.get_text() == "Что-то пошло не так"
    assert html.select_one("a.button")["href"] == "/ru/"
