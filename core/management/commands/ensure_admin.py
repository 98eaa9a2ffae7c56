import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Make sure the local superuser 'admin' exists (development only). The password comes "
        "from ADMIN_PASSWORD, or is generated and printed once."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_admin only runs with DEBUG on; create production accounts with "
                "'manage.py createsuperuser'."
            )
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write("Admin account 'admin' exists; its password is unchanged.")
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write("Created admin account 'admin' with the password in ADMIN_PASSWORD.")
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Created admin account 'admin' with password: {password}\n"
                    "It is shown only this once; change it at /admin/account/."
                )
            )
