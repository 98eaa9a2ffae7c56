"""Typos: "Did you mean" when nothing matched, on both databases, and autocomplete that
forgives a typo on PostgreSQL (search/suggestions.py)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection

from search.suggestions import closest_words, similarity

from .conftest import publish, translate

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="trigram search needs PostgreSQL's pg_trgm"
)


def suggestion_link(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".search-suggestion a")


def did_you_mean(client, query, **params):
    response = client.get("/api/search", {"q": query, **params})
    assert response.status_code == 200
    return response.json()["did_you_mean"]


def test_similarity_counts_shared_trigrams_as_pg_trgm_does():
    assert similarity("water", "water") == 1.0
    assert similarity("watr", "water") == pytest.approx(3 / 8)
    assert similarity("water", "budget") == 0.0


def test_closest_words_keep_the_known_words_and_replace_the_typos():
    titles = ["Clean water for villages", "School budgets"]
    assert closest_words(("watr", "villages"), titles, "en") == ["water", "villages"]
    assert closest_words(("water",), titles, "en") is None
    assert closest_words(("zzqx",), titles, "en") is None


def test_a_typo_is_answered_with_the_closest_title_word(client, standard_pages):
    standard_pages(("Water for villages", "Wells."), ("School budgets", "Money."))

    link = suggestion_link(client.get("/en/search/", {"q": "watr"}))

    assert link.get_text() == "water"
    assert link["href"] == "?q=water"
    assert did_you_mean(client, "watr") == "water"
    assert client.get("/api/search", {"q": "water"}).json()["total"] == 1


def test_the_suggestion_keeps_the_filters(client, standard_pages):
    standard_pages(("Water for villages", "Wells."))

    link = suggestion_link(client.get("/en/search/", {"q": "vilages", "type": "page"}))

    assert link["href"] == "?q=villages&type=page"
    assert did_you_mean(client, "vilages", type="page") == "villages"


def test_no_suggestion_when_something_matched_or_nothing_is_close(client, standard_pages):
    standard_pages(("Water for villages", "Wells."))

    assert did_you_mean(client, "water") is None
    assert suggestion_link(client.get("/en/search/", {"q": "water"})) is None
    assert did_you_mean(client, "qqzzxx") is None
    assert suggestion_link(client.get("/en/search/", {"q": "qqzzxx"})) is None


def test_no_suggestion_that_would_find_nothing_either(client, standard_pages):
    standard_pages(("Water for villages", "Wells."), ("School budgets", "Money."))

    # "water" and "school" are both title words, but no page has both.
    assert did_you_mean(client, "watr scool") is None


def test_a_typo_in_the_other_script_is_answered_in_the_titles_script(
    client, home_page, translated_home, locales
):
    english = publish(home_page, title="Tashkent", intro="A city.")
    translate(english, locales["uz"], title="Тошкент", intro="Пойтахт.")

    assert did_you_mean(client, "Toshkant", locale="uz") == "тошкент"
    assert client.get("/api/search", {"q": "тошкент", "locale": "uz"}).json()["total"] == 1


def test_the_suggestion_is_only_for_the_pages_of_the_language(client, standard_pages, locales):
    standard_pages(("Water for villages", "Wells."))
    assert did_you_mean(client, "watr", locale="ru") is None


@on_postgres
def test_autocomplete_forgives_a_typo_on_postgres(client, standard_pages):
    standard_pages(("Water for villages", "Wells."), ("School budgets", "Money."))

    found = client.get("/api/search/autocomplete", {"q": "watre"}).json()

    assert [result["title"] for result in found["results"]] == ["Water for villages"]


@on_postgres
def test_autocomplete_forgives_a_typo_across_scripts_on_postgres(
    client, home_page, translated_home, locales
):
    english = publish(home_page, title="Tashkent", intro="A city.")
    translate(english, locales["uz"], title="Тошкент", intro="Пойтахт.")

    found = client.get("/api/search/autocomplete", {"q": "Toshkant", "locale": "uz"}).json()

    assert [result["title"] for result in found["results"]] == ["Тошкент"]


@on_postgres
def test_the_migration_adds_pg_trgm_and_a_trigram_index_on_the_titles(standard_pages):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() == (1,)
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_title_text_trgm'"
        )
        (definition,) = cursor.fetchone()
    assert "gin (title_text gin_trgm_ops)" in definition


@on_postgres
def test_the_trigram_titles_hold_the_script_folded_keys(home_page, translated_home, locales):
    english = publish(home_page, title="Kazakhstan", intro="A country.")
    kazakh = translate(english, locales["kk"], title="Қазақстан", intro="Ел.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title_text FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(kazakh.pk)],
        )
        (title_text,) = cursor.fetchone()
    assert title_text == "Қазақстан qazaqstan"


def test_without_trigrams_autocomplete_completes_prefixes_only(client, standard_pages):
    standard_pages(("Water for villages", "Wells."))
    found = client.get("/api/search/autocomplete", {"q": "wate"}).json()
    assert [result["title"] for result in found["results"]] == ["Water for villages"]
    if connection.vendor != "postgresql":
        assert client.get("/api/search/autocomplete", {"q": "watre"}).json()["results"] == []
