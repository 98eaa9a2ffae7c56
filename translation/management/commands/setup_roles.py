from django.core.management.base import BaseCommand

from translation.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the admin groups (Editors, Moderators, Grants managers, Academy "
        "managers, one Translators group per language), their permissions and the moderation "
        "and review workflows. Safe to run again; run it again after new languages' home "
        "pages or sections appear."
    )

    def handle(self, *args, **options):
        changes = setup_roles(log=self.stdout.write)
        if changes:
            self.stdout.write(self.style.SUCCESS(f"Roles set up ({changes} changes)."))
        else:
            self.stdout.write("Roles already up to date; nothing changed.")
