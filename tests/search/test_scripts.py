"""Search finds a word in every script and spelling of its language (core/scripts.py)."""

import pytest

from core.scripts import fold, folded_words, query_keys

from .conftest import publish, translate


@pytest.mark.parametrize(
    ("language", "spellings"),
    [
        ("uz", ["Toshkent", "Тошкент", "Ташкент", "TOSHKENT"]),
        ("uz", ["Oʻzbekiston", "O‘zbekiston", "O'zbekiston", "Ўзбекистон"]),
        ("uz", ["Gʻijduvon", "Ғиждувон"]),
        ("kk", ["Qazaqstan", "Қазақстан"]),
        ("kk", ["Öskemen", "Oskemen", "Өскемен"]),
        ("tk", ["Türkmenistan", "Turkmenistan", "Түркменистан"]),
        ("tk", ["Aşgabat", "Asgabat", "Ашгабат"]),
        ("az", ["Azərbaycan", "Azerbaycan", "Азәрбајҹан"]),
        ("az", ["Şəki", "Seki", "Шәки"]),
        ("ru", ["Ёлка", "елка"]),
    ],
)
def test_every_spelling_of_a_word_has_one_key(language, spellings):
    assert len({fold(spelling, language) for spelling in spellings}) == 1


def test_one_script_languages_keep_their_words_and_stemming():
    assert fold("Бишкек", "ky") == "бишкек"
    assert fold("Душанбе", "tg") == "душанбе"
    assert fold("Water", "en") == "water"
    assert folded_words("Water for villages", "en") == ""
    assert folded_words("Колодцы для сёл и сел", "ru") == "сел"


def test_a_page_indexes_only_the_keys_that_differ_from_its_words():
    assert folded_words("Toshkent va Toshkent", "uz") == "tashkent"
    assert folded_words("Қазақстан 2024", "kk") == "qazaqstan"


def test_query_keys_keep_no_operator_and_respect_the_word_limit():
    assert query_keys('"Toshkent" OR -Oʻzbekiston*', "uz", 12) == ("tashkent", "ar", "ozbekistan")
    assert query_keys("don't", "en", 12) == ("don", "t")
    assert query_keys("a b c", "kk", 2) == ("a", "b")


@pytest.fixture
def region(home_page, translated_home, locales):
    """A page per language with two scripts, written in one of them."""
    english = {
        "uz": publish(home_page, title="Tashkent", intro="A city."),
        "kk": publish(home_page, title="Kazakhstan", intro="A country."),
        "tk": publish(home_page, title="Turkmenistan", intro="A country."),
        "az": publish(home_page, title="Azerbaijan", intro="A country."),
        "ru": publish(home_page, title="Fir", intro="A tree."),
    }
    written = {
        "uz": ("Toshkent", "Poytaxtda suv quvurlari."),
        "kk": ("Қазақстан", "Ауылдардағы құдықтар."),
        "tk": ("Türkmenistan", "Obalarda suw."),
        "az": ("Azərbaycan", "Kəndlərdə su."),
        "ru": ("Ёлка", "Новогодняя ёлка во дворе."),
    }
    return {
        code: translate(english[code], locales[code], title=title, intro=intro)
        for code, (title, intro) in written.items()
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("uz", "ташкент", "Toshkent"),
        ("uz", "Тошкент", "Toshkent"),
        ("uz", "сув", "Toshkent"),
        ("kk", "Qazaqstan", "Қазақстан"),
        ("kk", "qudyqtar", "Қазақстан"),
        ("tk", "Түркменистан", "Türkmenistan"),
        ("tk", "turkmenistan", "Türkmenistan"),
        ("az", "Азәрбајҹан", "Azərbaycan"),
        ("az", "kendlerde", "Azərbaycan"),
        ("ru", "елка", "Ёлка"),
        ("ru", "ёлка", "Ёлка"),
    ],
)
def test_search_finds_the_page_in_the_other_script(client, region, language, query, title):
    found = client.get("/api/search", {"q": query, "locale": language}).json()
    assert [result["title"] for result in found["results"]] == [title]
    page = client.get(f"/{language}/search/", {"q": query})
    assert page.status_code == 200 and title in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "typed", "title"),
    [("kk", "Qazaq", "Қазақстан"), ("uz", "Тошк", "Toshkent"), ("az", "Азәр", "Azərbaycan")],
)
def test_autocomplete_completes_across_scripts(client, region, language, typed, title):
    found = client.get("/api/search/autocomplete", {"q": typed, "locale": language}).json()
    assert title in [result["title"] for result in found["results"]]
