"""The Elasticsearch 9 configuration, checked without a server: the settings that
``ELASTICSEARCH_URL`` switches on, the language analysers, the index mapping and the
queries the backend would send."""

import json
import os
import subprocess
import sys

import pytest
from wagtail.models import Page

from home.models import StandardPage
from search.backends import hit_ids
from search.backends.elasticsearch9 import LanguageElasticsearch9SearchBackend
from search.conf import ELASTICSEARCH_INDEX_SETTINGS, search_backends


def es_backend(language=None):
    params = search_backends("http://127.0.0.1:9200", "hub_test_")["default"]
    return LanguageElasticsearch9SearchBackend({**params, "LANGUAGE": language})


def test_elasticsearch_url_switches_the_backend_with_analysers():
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "ELASTICSEARCH_URL": "https://search.example.org:9200",
        "ELASTICSEARCH_INDEX_PREFIX": "hubprod_",
    }
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    config = json.loads(output)
    assert config["BACKEND"] == "search.backends.elasticsearch9"
    assert config["URLS"] == ["https://search.example.org:9200"]
    assert config["INDEX_PREFIX"] == "hubprod_"
    analyzers = config["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]
    assert {"default", "hub_english", "hub_russian"} <= set(analyzers)


def test_the_backend_carries_the_analysers_into_the_index_settings():
    backend = es_backend()
    analysis = backend.settings["settings"]["analysis"]
    # Wagtail's own analysers for autocomplete stay; ours are added.
    assert {"edgengram_analyzer", "ngram_analyzer", "hub_russian"} <= set(analysis["analyzer"])
    russian = analysis["analyzer"]["hub_russian"]
    assert [analysis["filter"][name] for name in russian["filter"][1:]] == [
        {"type": "stop", "stopwords": "_russian_"},
        {"type": "stemmer", "language": "russian"},
    ]
    # The six languages without a stemmer in Elasticsearch use the ICU-free default.
    assert analysis["analyzer"]["default"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "hub_folding"],
    }
    assert analysis["filter"]["hub_folding"]["preserve_original"] is True
    assert ELASTICSEARCH_INDEX_SETTINGS["settings"]["analysis"]["analyzer"]["hub_english"]
    assert backend.get_index_for_model(StandardPage).name == "hub_test_wagtailcore_page"


def test_the_mapping_adds_a_sub_field_per_stemmed_language():
    mapping = es_backend().mapping_class(StandardPage).get_mapping()["properties"]
    languages = {
        "en": {"type": "text", "analyzer": "hub_english"},
        "ru": {"type": "text", "analyzer": "hub_russian"},
    }
    assert mapping["_all_text"]["fields"] == languages
    boosted = [name for name in mapping if name.startswith("_all_text_boost_")]
    assert boosted and all(mapping[name]["fields"] == languages for name in boosted)
    # Text fields still copy into the catch-all fields, filters stay keywords.
    assert "_all_text" in mapping["home_standardpage__intro"]["copy_to"]
    locale_field = mapping.get("locale_filter") or mapping["locale_id_filter"]
    assert locale_field["type"] == "integer"
    assert mapping["title_edgengrams"]["analyzer"] == "edgengram_analyzer"
    # The search keys of other scripts (core/scripts.py): the title's with its weight.
    assert mapping["hub_hubpage__folded_title"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
    assert mapping["hub_hubpage__folded_text"]["copy_to"] == "_all_text"
    assert "hub_hubpage__folded_title_edgengrams" in mapping


def multi_match_fields(query):
    return query["bool"]["must"]["multi_match"]["fields"]


@pytest.mark.django_db
def test_a_russian_query_searches_the_russian_sub_fields_of_russian_pages(locales):
    queryset = Page.objects.live().filter(locale=locales["ru"])
    compiler = es_backend("ru").query_compiler_class(
        queryset, "гранты", operator="and", language="ru"
    )
    query = compiler.get_query()
    match = query["bool"]["must"]["multi_match"]
    assert match["query"] == "гранты" and match["operator"] == "and"
    assert "_all_text.ru" in match["fields"]
    assert all(field.split("^")[0].endswith(".ru") for field in match["fields"])
    filters = json.dumps(query["bool"]["filter"])
    pk = locales["ru"].pk
    assert f'"locale_filter": {pk}' in filters or f'"locale_id_filter": {pk}' in filters
    assert '"live_filter": true' in filters


@pytest.mark.django_db
def test_languages_without_a_stemmer_and_no_language(locales):
    queryset = Page.objects.filter(locale=locales["kk"])
    backend = es_backend("kk")
    kazakh = backend.query_compiler_class(queryset, "грант", language="kk").get_query()
    assert "_all_text" in multi_match_fields(kazakh)
    assert not any("." in field.split("^")[0] for field in multi_match_fields(kazakh))
    anywhere = backend.query_compiler_class(queryset, "грант").get_query()
    fields = {field.split("^")[0] for field in multi_match_fields(anywhere)}
    assert {"_all_text", "_all_text.en", "_all_text.ru"} <= fields


@pytest.mark.django_db
def test_the_backend_made_for_a_language_compiles_its_searches_for_it(locales):
    results = es_backend("ru").search("гранты", Page.objects.filter(locale=locales["ru"]))
    assert "_all_text.ru" in multi_match_fields(results.query_compiler.get_query())


class RecordingClient:
    """Stands in for the Elasticsearch client: records the request, answers two hits."""

    def __init__(self):
        self.requests = []

    def search(self, **request):
        self.requests.append(request)
        return {"hits": {"hits": [{"fields": {"pk": ["7"]}}, {"fields": {"pk": ["3"]}}]}}


@pytest.mark.django_db
def test_facets_are_counted_over_the_hits_one_request_fetches(locales):
    backend = es_backend("en")
    backend.es = RecordingClient()
    results = backend.search("water", Page.objects.filter(locale=locales["en"]), operator="and")
    assert hit_ids(results) == ["7", "3"]
    (request,) = backend.es.requests
    assert request["index"] == "hub_test_wagtailcore_page"
    assert request["size"] == 10_000 and request["_source"] is False
    assert request["stored_fields"] == "pk"
    assert "sort" not in request
    assert request["query"]["bool"]["must"]["multi_match"]["query"] == "water"
