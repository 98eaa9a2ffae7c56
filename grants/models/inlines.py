"""What is edited inline on a grantee's page: its photos and its grants."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .grantee import GranteePage
from .shared import CURRENCIES, REPORTING_CURRENCY, grant_reference_validator, source_taxonomy


class GranteeInline(TranslatableMixin, Orderable):
    """An object edited inline on a grantee's page; it lives in its page's language."""

    page_field = "grantee"

    class Meta:
        abstract = True
        ordering = ["sort_order"]
        unique_together = [("translation_key", "locale")]

    def save(self, *args, **kwargs):
        if self.locale_id is None:
            self.locale_id = getattr(self, self.page_field).locale_id
        super().save(*args, **kwargs)


class GranteePhoto(GranteeInline):
    """A photo in a grantee's gallery; captions and descriptions are translated."""

    page_field = "page"
    page = ParentalKey(GranteePage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]
    api_fields = [
        APIField("image"),
        APIField("alt_text"),
        APIField("caption"),
    ]
    translatable_fields = [
        SynchronizedField("image"),
        TranslatableField("alt_text"),
        TranslatableField("caption"),
    ]

    class Meta(GranteeInline.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class Grant(GranteeInline):
    """One grant awarded to a grantee.

    A translated grantee page carries copies of its grants (same reference, other locale),
    so the reference is unique within a locale, not globally.
    """

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    grantee = ParentalKey(GranteePage, related_name="grants", on_delete=models.CASCADE)
    reference = models.CharField(
        _("reference code"),
        max_length=40,
        validators=[grant_reference_validator],
        help_text=_("The grant agreement's code, unique in the programme: SG-2019-014."),
    )
    title = models.CharField(
        _("title"), max_length=255, help_text=_("What the grant paid for, in a few words.")
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text=_("The amount awarded, without thousands separators: 7500.00"),
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=CURRENCIES,
        default=REPORTING_CURRENCY,
        help_text=_("ISO 4217 code. The programme's statistics add up US dollar grants."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while it is not known.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    theme = models.ForeignKey(
        "hub.Theme",
        verbose_name=_("theme"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_taxonomy,
        help_text=_("The programme theme the grant belongs to."),
    )

    panels = [
        FieldRowPanel([FieldPanel("reference"), FieldPanel("status")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("theme"),
    ]
    api_fields = [
        APIField("reference"),
        APIField("title"),
        APIField("amount"),
        APIField("currency"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("theme"),
    ]
    translatable_fields = [
        SynchronizedField("reference"),
        TranslatableField("title"),
        SynchronizedField("amount"),
        SynchronizedField("currency"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("status"),
        SynchronizedField("theme"),
    ]

    class Meta(GranteeInline.Meta):
        verbose_name = _("grant")
        verbose_name_plural = _("grants")
        constraints = [
            models.UniqueConstraint(
                fields=["reference", "locale"], name="unique_grant_reference_per_locale"
            ),
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="grant_amount_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="grant_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.reference}: {self.title}"

    @property
    def locale_for_uniqueness(self):
        if self.locale_id is not None:
            return self.locale_id
        grantee = getattr(self, "grantee", None)
        return getattr(grantee, "locale_id", None)

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The grant cannot end before it starts.")
        locale_id = self.locale_for_uniqueness
        if self.reference and locale_id is not None:
            taken = Grant.objects.filter(reference=self.reference, locale_id=locale_id)
            if self.grantee_id:
                taken = taken.exclude(grantee_id=self.grantee_id)
            if taken.exists():
                errors["reference"] = _("Another grantee already has a grant with this code.")
        if errors:
            raise ValidationError(errors)
