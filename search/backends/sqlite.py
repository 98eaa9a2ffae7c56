"""SQLite FTS5 search that ranks a match in the title above matches in the body.

Wagtail's SQLite backend ranks with ``bm25()`` over all columns weighted alike, so a page
that mentions a word twice in its body can outrank the page named after it. Here the
title column weighs ``TITLE_WEIGHT`` times the body. (PostgreSQL weighs the title by its
``boost`` already.)
"""

from modelsearch.backends.database.sqlite.query import BM25, SQLiteFTSIndexEntry
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

TITLE_WEIGHT = 10.0


class TitleFirstBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        # The FTS5 table's columns are (autocomplete, body, title).
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class TitleFirstSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return TitleFirstBM25()


class TitleFirstSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = TitleFirstSQLiteSearchQueryCompiler
