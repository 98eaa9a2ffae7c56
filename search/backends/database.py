"""Wagtail's database search backend, with PostgreSQL stemming each language its own way.

Stock Wagtail indexes and queries every page with one PostgreSQL text search configuration
(``SEARCH_CONFIG``), so Russian pages are stemmed as English or not at all and "гранты"
misses "грантов". On PostgreSQL this backend indexes each object with the configuration of
its locale (``SEARCH_CONFIGS``: language code to configuration) and a backend made for one
language (``get_search_backend(LANGUAGE="ru")``) queries with that language's
configuration; see ``search/backends/postgres.py``.

On SQLite with FTS5 it is Wagtail's SQLite backend ranking title matches first
(``search/backends/sqlite.py``); SQLite does not stem.
https://docs.wagtail.org/en/stable/topics/search/backends.html
"""

from django.db import connection
from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks a backend module up by
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    params = {key: value for key, value in params.items() if key != "LANGUAGE"}
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        from .sqlite import TitleFirstSQLiteSearchBackend

        return TitleFirstSQLiteSearchBackend(params)
    return backend
