"""Wagtail's Elasticsearch 9 backend, searching each language with its own analyser.

Wagtail puts every page type in one index and copies all searchable text into
``_all_text`` (and ``_all_text_boost_<n>`` for boosted fields). This mapping gives those
fields one sub-field per stemmed language (``_all_text.ru`` analysed with ``hub_russian``,
``_all_text.en`` with ``hub_english``; the analysers are in ``search/conf.py``), and a
backend made for a language (``get_search_backend(LANGUAGE="ru")``) queries that
sub-field. Languages without a sub-field query the base field, analysed by the index's
``default`` analyser (lower case, ASCII folding). A backend without a language queries the
base field and every sub-field.
https://docs.wagtail.org/en/stable/topics/search/backends.html#elasticsearch-backend
"""

from functools import partial

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)
from modelsearch.backends.elasticsearchbase import Field

from search.conf import ELASTICSEARCH_LANGUAGE_ANALYZERS


def is_catch_all(field_name):
    return field_name == "_all_text" or field_name.startswith("_all_text_boost_")


class LanguageMapping(Elasticsearch9Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field in mapping["properties"].items():
            if is_catch_all(name):
                field["fields"] = {
                    language: {"type": "text", "analyzer": analyzer}
                    for language, analyzer in ELASTICSEARCH_LANGUAGE_ANALYZERS.items()
                }
        return mapping


class LanguageSearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = LanguageMapping

    def __init__(self, *args, language=None, **kwargs):
        self.language = language
        super().__init__(*args, **kwargs)

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        if fields:
            return remapped
        if self.language in ELASTICSEARCH_LANGUAGE_ANALYZERS:
            return [self._sub_field(field, self.language) for field in remapped]
        if self.language:
            return remapped
        return remapped + [
            self._sub_field(field, language)
            for field in remapped
            for language in ELASTICSEARCH_LANGUAGE_ANALYZERS
        ]

    @staticmethod
    def _sub_field(field, language):
        if not is_catch_all(field.field_name):
            return field
        return Field(f"{field.field_name}.{language}", field.boost)


class LanguageAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class LanguageSearchResults(Elasticsearch9SearchResults):
    def hit_ids(self, limit):
        """The primary keys of the best ``limit`` hits, in one request, for counting facets
        in the database."""
        response = self._backend_do_search(
            self._get_es_body(for_count=True),
            index=self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
            _source=False,
            size=limit,
            **{self.fields_param_name: "pk"},
        )
        return [hit["fields"]["pk"][0] for hit in response["hits"]["hits"]]


class LanguageElasticsearch9SearchBackend(Elasticsearch9SearchBackend):
    mapping_class = LanguageMapping
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    results_class = LanguageSearchResults

    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE", None)
        super().__init__(params)

    def search(self, query, model_or_queryset, **kwargs):
        compiler_class = partial(self.query_compiler_class, language=self.language)
        return self._search(compiler_class, query, model_or_queryset, **kwargs)


SearchBackend = LanguageElasticsearch9SearchBackend
