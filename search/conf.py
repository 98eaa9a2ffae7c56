"""The search backends' configuration, as plain data the settings modules import.

Kept free of Django imports so that ``hub/settings/base.py`` can build
``WAGTAILSEARCH_BACKENDS`` from it before any app is loaded.

Languages and their text analysis:

- PostgreSQL full text search stems with a *text search configuration* per language:
  ``english`` and ``russian`` exist in every PostgreSQL. Kazakh, Kyrgyz, Tajik, Turkmen,
  Uzbek and Azerbaijani have no stemmer in PostgreSQL, so their pages are indexed with
  ``simple`` (lower-cased words, no stemming, no stop words): exact words match, inflected
  forms do not. The ``russian`` configuration stems Latin-script words with the English
  stemmer, so English text on Russian pages (untranslated aliases) is stemmed too.
- SQLite FTS5 (local development) does not stem in any language.
- Elasticsearch analyses the whole text of every page once per stemmed language (``en``,
  ``ru`` sub-fields) and once with ``default`` (standard tokenizer, lower case, ASCII
  folding that keeps the original: "Azerbaycan" also finds "Azərbaycan"), which is what
  the six languages without a stemmer search.
"""

# PostgreSQL text search configuration per language code; other languages use the default.
POSTGRES_SEARCH_CONFIGS = {"en": "english", "ru": "russian"}
POSTGRES_DEFAULT_SEARCH_CONFIG = "simple"

# Elasticsearch: the languages whose text gets its own analysed sub-field.
ELASTICSEARCH_LANGUAGE_ANALYZERS = {"en": "hub_english", "ru": "hub_russian"}

ELASTICSEARCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "hub_folding": {"type": "asciifolding", "preserve_original": True},
                "hub_english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "hub_english_stop": {"type": "stop", "stopwords": "_english_"},
                "hub_english_stemmer": {"type": "stemmer", "language": "english"},
                "hub_russian_stop": {"type": "stop", "stopwords": "_russian_"},
                "hub_russian_stemmer": {"type": "stemmer", "language": "russian"},
            },
            "analyzer": {
                # Every text field without its own analyser: the six languages without a
                # stemmer (kk, ky, tg, tk, uz, az) search this one. No ICU plugin needed.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "hub_folding"],
                },
                "hub_english": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "hub_english_possessive",
                        "lowercase",
                        "hub_english_stop",
                        "hub_english_stemmer",
                    ],
                },
                "hub_russian": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "hub_russian_stop", "hub_russian_stemmer"],
                },
            },
        }
    }
}


def search_backends(elasticsearch_url="", index_prefix="hub_"):
    """``WAGTAILSEARCH_BACKENDS``: the database by default, Elasticsearch 9 given a URL."""
    if elasticsearch_url:
        return {
            "default": {
                "BACKEND": "search.backends.elasticsearch9",
                "URLS": [elasticsearch_url],
                "INDEX_PREFIX": index_prefix,
                "INDEX_SETTINGS": ELASTICSEARCH_INDEX_SETTINGS,
                "TIMEOUT": 10,
                "AUTO_UPDATE": True,
            }
        }
    return {
        "default": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIGS": POSTGRES_SEARCH_CONFIGS,
            "DEFAULT_SEARCH_CONFIG": POSTGRES_DEFAULT_SEARCH_CONFIG,
            "AUTO_UPDATE": True,
        }
    }
