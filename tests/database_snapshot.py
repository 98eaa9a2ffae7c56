"""A copy of every table's rows, kept beside the test database and put back in a moment.

Loading the demo content costs minutes of CPU; copying its rows back with one
``INSERT ... SELECT`` per table costs a second or two. The copies live in a schema of the
test database on PostgreSQL and in an attached database file on SQLite, so both read them
as ``<name>.<table>``, and neither Django's introspection nor ``flush`` sees them.
"""

import sqlite3

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

# SQLite full-text tables are filled by triggers on the tables Django knows; they and their
# shadow tables follow those rows and are never copied themselves.
FTS5_SHADOW_SUFFIXES = ("data", "idx", "content", "docsize", "config")


class TableSnapshot:
    def __init__(self, name, folder):
        self.name = name
        self.path = folder / f"{name}.sqlite3"
        self.filled = []

    def quote(self, table):
        return f"{self.name}.{connection.ops.quote_name(table)}"

    def tables(self):
        tables = set(connection.introspection.django_table_names(only_existing=True))
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
                )
                virtual = [row[0] for row in cursor.fetchall()]
            tables -= {f"{v}_{suffix}" for v in virtual for suffix in FTS5_SHADOW_SUFFIXES}
            tables -= set(virtual)
        return sorted(tables)

    def attach(self):
        """Make the copies reachable; SQLite can attach only outside a transaction."""
        if connection.vendor != "sqlite":
            return
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA database_list")
            if self.name not in {row[1] for row in cursor.fetchall()}:
                cursor.execute(f"ATTACH DATABASE %s AS {self.name}", [str(self.path)])

    def take(self):
        self.attach()
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(f"DROP SCHEMA IF EXISTS {self.name} CASCADE")
                cursor.execute(f"CREATE SCHEMA {self.name}")
            self.filled = []
            for table in self.tables():
                cursor.execute(f"DROP TABLE IF EXISTS {self.quote(table)}")
                source = connection.ops.quote_name(table)
                cursor.execute(f"CREATE TABLE {self.quote(table)} AS SELECT * FROM {source}")
                cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {self.quote(table)})")
                if cursor.fetchone()[0]:
                    self.filled.append(table)

    def restore(self):
        """Replace every table's rows by the copies, in one transaction.

        Django's foreign keys are checked at commit, so the order of the tables does not
        matter. PostgreSQL's sequences are moved past the copied ids (SQLite's follow the
        inserted rows by themselves); sequences do not roll back, which only leaves gaps.
        """
        self.attach()
        tables = self.tables()
        names = [connection.ops.quote_name(table) for table in tables]
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(f"TRUNCATE {', '.join(names)}")
            else:
                for name in names:
                    cursor.execute(f"DELETE FROM {name}")
            for table in self.filled:
                target = connection.ops.quote_name(table)
                cursor.execute(f"INSERT INTO {target} SELECT * FROM {self.quote(table)}")
            models = [
                model
                for model in apps.get_models(include_auto_created=True)
                if model._meta.db_table in self.filled
            ]
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)


def copy_sqlite_database(path):
    """Write the whole SQLite test database (even an in-memory one) to the file ``path``."""
    assert connection.vendor == "sqlite"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
