"""Webhook subscriptions and their delivery log, and the drafts that headless previews read.

https://docs.wagtail.org/en/stable/extending/generic_views.html#modelviewset
"""

import secrets
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

WEBHOOK_EVENTS = [
    ("published", _("Page published")),
    ("unpublished", _("Page unpublished")),
    ("deleted", _("Page deleted")),
    ("moved", _("Page moved")),
]


def generate_secret():
    return secrets.token_hex(32)


class WebhookEndpoint(models.Model):
    """A receiver that wants to hear when pages change (a static site builder, a CDN, an app)."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("Who receives this, for example 'Mobile app'.")
    )
    url = models.URLField(
        _("URL"), max_length=500, help_text=_("The address the hub sends a POST request to.")
    )
    secret = models.CharField(
        _("secret"),
        max_length=200,
        default=generate_secret,
        help_text=_(
            "Shared with the receiver, which checks the X-Hub-Signature-256 header with it. "
            "Keep it private; change it here if it leaks."
        ),
    )
    events = models.JSONField(
        _("events"),
        default=list,
        help_text=_("Which changes to report."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Only report pages in this language. Leave empty for every language."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to pause deliveries without deleting.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def wants(self, event, locale_id):
        return (
            self.is_active
            and event in self.events
            and (self.locale_id is None or self.locale_id == locale_id)
        )


class WebhookDelivery(models.Model):
    """One event sent to one endpoint, with every attempt's outcome, for the admin's log."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        RETRYING = "retrying", _("Retrying")
        FAILED = "failed", _("Failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("webhook"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("event"), max_length=20, choices=WEBHOOK_EVENTS)
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    status_code = models.PositiveSmallIntegerField(_("response status"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.event} → {self.endpoint}"


def preview_token():
    return secrets.token_urlsafe(32)


class PagePreview(models.Model):
    """An editor's unsaved page, kept for a day so a headless front end can fetch it by token."""

    LIFETIME = timedelta(days=1)

    token = models.CharField(max_length=64, unique=True, default=preview_token)
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    content_json = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("page preview")

    def __str__(self):
        return self.token

    def as_page(self):
        return self.content_type.model_class().from_json(self.content_json)

    @classmethod
    def remove_expired(cls):
        cls.objects.filter(created_at__lt=timezone.now() - cls.LIFETIME).delete()
