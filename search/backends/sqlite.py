"""SQLite FTS5 search: one MATCH per statement, ranked by ``bm25()`` with the title first.

Wagtail's SQLite backend ranks with ``bm25()`` over all columns weighted alike, so a page
that mentions a word twice in its body can outrank the page named after it; here the title
column weighs ``TITLE_WEIGHT`` times the body. It also ranks each hit with a correlated
subquery that runs the MATCH again for every row, so a word found on 10,000 pages ran
10,001 full text searches. ``match_ids`` and ``ranked_ids`` run one MATCH, rank in the same
statement and return only ids. (PostgreSQL weighs the title by its ``boost`` already.)
"""

from django.db.models import IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import (
    BM25,
    MatchExpression,
    SQLiteFTSIndexEntry,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.utils import get_descendants_content_types_pks

TITLE_WEIGHT = 10.0


class TitleFirstBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        # The FTS5 table's columns are (autocomplete, body, title).
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 1.0, 1.0, {TITLE_WEIGHT})", []


class TitleFirstSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return TitleFirstBM25()


class TitleFirstSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = TitleFirstSQLiteSearchQueryCompiler

    def _entries(self, query_string, scope, autocomplete):
        """The FTS rows of ``scope``'s objects that match every word (None when nothing
        can), filtered by one MATCH."""
        kind = self.autocomplete_query_compiler_class if autocomplete else self.query_compiler_class
        compiler = kind(scope.model.objects.all(), query_string, operator="and")
        search_query = compiler.build_search_query(compiler.query, config=None)
        if search_query is None:
            return None
        return (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(compiler.FTS_TABLE_FIELDS, search_query),
                index_entry__content_type_id__in=get_descendants_content_types_pks(scope.model),
            )
            .annotate(page_id=Cast("index_entry__object_id", IntegerField()))
            .filter(page_id__in=scope.order_by().values("pk"))
        )

    def match_ids(self, query_string, scope):
        """The ids of the pages in ``scope`` that match, unranked, as a subquery."""
        entries = self._entries(query_string, scope, autocomplete=False)
        if entries is None:
            return scope.none().values("pk")
        return entries.values("page_id")

    def ranked_ids(self, query_string, scope, start, stop, autocomplete=False):
        """The ids and content types of the matching pages from ``start`` to ``stop``,
        best first (``bm25()`` is lower for better matches)."""
        entries = self._entries(query_string, scope, autocomplete)
        if entries is None:
            return []
        rows = (
            entries.annotate(rank=TitleFirstBM25())
            .order_by("rank", "-page_id")
            .values_list("page_id", "index_entry__content_type_id")
        )
        return list(rows[start:stop])
