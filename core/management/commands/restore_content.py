from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save


def empty_all_but_content_types_and_permissions():
    """Empty every table except the ones the dump refers to by natural key.

    Content types and permissions (including those Wagtail's and wagtail-localize's data
    migrations add) stay as this database's migrate made them. Everything else the data
    migrations made (root page and collection, default groups and their permissions, the
    default workflow) comes back from the dump with its original primary keys, which differ
    from one database to another.
    """
    kept = {ContentType._meta.db_table, Permission._meta.db_table, "django_migrations"}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in kept
    ]
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
    )


class Command(BaseCommand):
    help = (
        "Load a dump made by 'dump_content' into a migrated database that has no content yet, "
        "then rebuild the search index and the reference index."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        installer_page = Page.objects.filter(depth=2, numchild=0, content_type__model="page")
        if Page.objects.filter(depth__gte=2).exclude(pk__in=installer_page).exists():
            raise CommandError(
                "This database already has pages; restore into an empty, migrated database."
            )
        # wagtail-localize rebuilds alias trees when a LocaleSynchronization is saved, even
        # while fixtures load; the dump already holds those trees.
        post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        try:
            with transaction.atomic():
                empty_all_but_content_types_and_permissions()
                call_command("loaddata", file, verbosity=0)
        finally:
            post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Content restored from {file}."))
