from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save


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
                Page.objects.filter(depth__gte=1).delete()  # the installer's root and welcome
                call_command("loaddata", file, verbosity=0)
        finally:
            post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Content restored from {file}."))
