from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt from the content itself after a restore, or recreated by migrate.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",  # exists on SQLite only
    "wagtailcore.referenceindex",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
]


def installed(label):
    """Whether an ``app`` or ``app.model`` label exists here (SQLite's index table does not
    on PostgreSQL, and dumpdata refuses to exclude what does not exist)."""
    try:
        if "." in label:
            apps.get_model(label)
        else:
            apps.get_app_config(label)
    except LookupError:
        return False
    return True


class Command(BaseCommand):
    help = (
        "Write every page, translation, snippet, image and document record, user and setting "
        "to FILE (JSON; .gz, .bz2 or .xz to compress). Media files are copied separately. "
        "Restore with 'restore_content FILE' into a migrated, empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--with-logs", action="store_true", help="Keep the admin history logs too."
        )

    def handle(self, *args, file, with_logs=False, **options):
        excluded = [
            name
            for name in EXCLUDED
            if (with_logs is False or "logentry" not in name) and installed(name)
        ]
        call_command(
            "dumpdata",
            natural_foreign=True,
            natural_primary=False,  # keep primary keys: admin URLs and API ids stay the same
            exclude=excluded,
            output=file,
            verbosity=0,
        )
        self.stdout.write(f"Content written to {file}.")
