"""Counting searches for the editors' report, in one statement for a query seen before.

Wagtail's ``Query.get(...).add_hit()`` takes three statements a search (find or create the
query, find or create the day's row, add one). Here the day's count is one upsert from the
query's row (``INSERT ... SELECT ... ON CONFLICT DO UPDATE``, on SQLite and PostgreSQL);
only a query never seen before goes through Wagtail to create its row first.
"""

from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import QueryWithoutResults
from .query import normalised


def _add_daily_hit(query_string, date):
    """Add one to the day's count of a known query; False when the query is unknown."""
    daily = QueryDailyHits._meta.db_table
    queries = Query._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {daily} (query_id, date, hits) "  # noqa: S608 - table names only
            f"SELECT id, %s, 1 FROM {queries} WHERE query_string = %s "
            f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {daily}.hits + 1",
            [date, query_string],
        )
        return cursor.rowcount > 0


def add_hit(query_string):
    """Count one search of ``query_string`` today, as Wagtail's ``Query.add_hit`` does."""
    query_string = normalise_query_string(query_string)
    date = timezone.now().date()
    if not _add_daily_hit(query_string, date):
        Query.get(query_string).add_hit(date)


def record(params, locale, found_anything):
    """Count the query for the editors' reports (page 1 only, so paging does not count)."""
    if params.page != 1:
        return
    query_string = normalised(params.words)
    add_hit(query_string)
    if not found_anything:
        QueryWithoutResults.add_hit(query_string, locale.language_code)
