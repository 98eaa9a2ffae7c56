"""A GIN index on ``title || body`` of Wagtail's search index table, on PostgreSQL only.

The database backend matches a query against ``title || body``; Wagtail indexes the two
columns apart, so that expression was checked row by row over the whole table. This index
lets PostgreSQL find the matching rows from the index (README.md, Search). Other databases
search their own way (SQLite FTS5) and are left alone.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def table(apps):
    return apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table(apps)} USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_queries_without_results"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
