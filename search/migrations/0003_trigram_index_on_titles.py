"""Typo tolerance on PostgreSQL: the ``pg_trgm`` extension and a trigram GIN index on the
titles the search index keeps as plain text (``title_text``, which also holds their
script-folded keys, search/backends/postgres.py).

Autocomplete falls back on it when no title starts with what was typed, and the search
page's "Did you mean" looks the closest title words up with it (search/suggestions.py).
``CREATE EXTENSION`` needs a role allowed to create it (pg_trgm is a trusted extension
since PostgreSQL 13: the database's owner may). Other databases are left alone.
"""

from django.db import migrations

INDEX = "search_indexentry_title_text_trgm"


def table(apps):
    return apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table(apps)} USING gin (title_text gin_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_index_entry_title_body_gin"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
