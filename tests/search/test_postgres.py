"""PostgreSQL stems each language with its own text search configuration: a Russian query
finds inflected Russian words. SQLite does not stem, so these run on PostgreSQL only
(``.ci/run`` runs the suite there)."""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from .conftest import translate

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="stemming needs PostgreSQL full text search"
    ),
]


def titles(client, language, query):
    data = client.get("/api/search", {"q": query, "locale": language}).json()
    return [result["title"] for result in data["results"]]


@pytest.fixture
def russian_page(home_page, translated_home, locales, standard_pages):
    (english,) = standard_pages(("Small grants for NGOs", "Training for grantees."))
    return translate(
        english,
        locales["ru"],
        title="Программа малых грантов",
        intro="Обучение для грантополучателей и организаций.",
    )


def test_a_russian_query_matches_inflected_russian_words(client, russian_page):
    assert titles(client, "ru", "гранты") == ["Программа малых грантов"]
    assert titles(client, "ru", "грант") == ["Программа малых грантов"]
    assert titles(client, "ru", "организация") == ["Программа малых грантов"]
    assert titles(client, "ru", "программы малого гранта") == ["Программа малых грантов"]


def test_english_is_stemmed_as_english(client, russian_page):
    assert titles(client, "en", "grant") == ["Small grants for NGOs"]
    assert titles(client, "en", "training") == ["Small grants for NGOs"]
    assert titles(client, "en", "гранты") == []


def test_each_page_is_indexed_with_its_languages_configuration(russian_page, locales):
    backend = get_search_backend()
    assert backend.config_for_object(russian_page) == "russian"
    assert backend.config_for_object(russian_page.get_translation(locales["en"])) == "english"
    kazakh = russian_page.copy_for_translation(locales["kk"])
    assert backend.config_for_object(kazakh) == "simple"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT body::text FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(russian_page.pk)],
        )
        (body,) = cursor.fetchone()
    assert "'грантополучател'" in body


def test_languages_without_a_stemmer_match_exact_words(
    client, home_page, translated_home, locales, standard_pages
):
    (english,) = standard_pages(("Grants", "Grants for NGOs."))
    translate(english, locales["kk"], title="Гранттар бағдарламасы", intro="ҮЕҰ үшін гранттар.")
    assert titles(client, "kk", "гранттар") == ["Гранттар бағдарламасы"]
    assert titles(client, "kk", "бағдарламасы") == ["Гранттар бағдарламасы"]


def test_admin_searches_without_a_language_match_every_configuration(russian_page):
    from wagtail.models import Page

    backend = get_search_backend()
    found = {page.title for page in backend.search("гранты", Page.objects.all())}
    assert "Программа малых грантов" in found
    found = {page.title for page in backend.search("grant", Page.objects.all())}
    assert "Small grants for NGOs" in found


def test_a_title_outranks_an_intro_and_an_intro_outranks_a_body(client, home_page, standard_pages):
    (body_only,) = standard_pages(("Pumps", "Pumps for schools."))
    body_only.body = [{"type": "paragraph", "value": "<p>Clean water every day.</p>"}]
    body_only.save_revision().publish()
    standard_pages(("Water", "Wells for villages."), ("Wells", "Water from wells."))

    assert titles(client, "en", "water") == ["Water", "Wells", "Pumps"]


def test_the_hubs_boosts_map_onto_the_four_weights():
    from modelsearch.backends.database.postgres.weights import get_weight

    get_search_backend()  # the backend puts the hub's scale in place
    assert [get_weight(boost) for boost in (10, 3, 2, 1.5, 1, None)] == list("AABCDD")
