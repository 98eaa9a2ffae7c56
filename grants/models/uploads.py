"""A grants table uploaded in the admin, kept between its dry run and the confirmation.

Kept in the database rather than in media storage: the table holds organisations' contacts
that may not be published yet, media files are served to anyone with the address, and
every web process (and every server of a scaled-out site) reads the same database. An
upload belongs to the person who sent it and is found by a random token; it is deleted
once imported, and uploads older than ``KEPT_FOR`` when the next file arrives.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEPT_FOR = timedelta(days=1)


class ImportUpload(models.Model):
    token = models.CharField(max_length=64, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", editable=False
    )
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    language_code = models.CharField(max_length=20)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("uploaded grants table")
        verbose_name_plural = _("uploaded grants tables")
        default_permissions = ()  # handled by the import view, never edited in the admin

    def __str__(self):
        return self.file_name

    @classmethod
    def keep(cls, user, file_name, content, language_code):
        """Store an upload for ``user``, clearing out forgotten ones."""
        cls.objects.filter(uploaded_at__lt=timezone.now() - KEPT_FOR).delete()
        return cls.objects.create(
            token=secrets.token_urlsafe(32),
            user=user,
            file_name=file_name[-255:],
            content=content,
            language_code=language_code,
        )

    @classmethod
    def of(cls, user):
        """The uploads ``user`` may still confirm."""
        return cls.objects.filter(user=user, uploaded_at__gte=timezone.now() - KEPT_FOR)
