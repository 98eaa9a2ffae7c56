"""The grants programme: the grants page (map and statistics), grantee profiles and grants.

Grantees are pages so that editors publish, translate and schedule them like any other
content; their grants and photos are inline child objects (``Orderable``) edited on the
grantee's page. https://docs.wagtail.org/en/stable/reference/pages/panels.html#inlinepanel

Taxonomy references (country, themes) and facts (coordinates, amounts, dates, codes) are
synchronised across translations; text is translated. Every translation therefore points
at the source-language ``Country`` and ``Theme`` rows, and statistics group by ISO code
and slug, which are the same in every language.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.page_permissions import ModeratedRemovalMixin

from .forms import GranteePageForm
from .panels import LocationPreviewPanel

CURRENCIES = [
    ("USD", _("US dollar (USD)")),
    ("EUR", _("Euro (EUR)")),
    ("GBP", _("Pound sterling (GBP)")),
    ("CHF", _("Swiss franc (CHF)")),
    ("AZN", _("Azerbaijani manat (AZN)")),
    ("KZT", _("Kazakhstani tenge (KZT)")),
    ("KGS", _("Kyrgyz som (KGS)")),
    ("TJS", _("Tajikistani somoni (TJS)")),
    ("TMT", _("Turkmen manat (TMT)")),
    ("UZS", _("Uzbek sum (UZS)")),
    ("RUB", _("Russian rouble (RUB)")),
]
REPORTING_CURRENCY = "USD"

grant_reference_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9._/-]*$",
    _("Use letters, digits, dots, dashes and slashes, for example SG-2019-014."),
)


def source_taxonomy():
    """Limit taxonomy choices to the source language: translations share its rows."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class GrantsIndexPage(ModeratedRemovalMixin, Page):
    """The grants programme: live statistics, the map of grantees and their list."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A short paragraph above the statistics and the map."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("More about the programme, shown under the list of grantees."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=1.5),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    api_fields = [APIField("intro"), APIField("body")]
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["grants.GranteePage"]
    max_count_per_parent = 1

    grantees_per_page = 12

    class Meta:
        verbose_name = _("grants page")

    def get_context(self, request, *args, **kwargs):
        from .views import grants_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(grants_index_context(self, request))
        return context

    @property
    def listing_summary(self):
        return self.intro


class SocialLinkBlock(blocks.URLBlock):
    class Meta:
        icon = "link"
        label = _("Link")


class GranteePage(ModeratedRemovalMixin, Page):
    """One organisation that received grants: where it is, how to reach it, what it did."""

    short_name = models.CharField(
        _("short name"),
        max_length=60,
        blank=True,
        help_text=_("An acronym or short form of the organisation's name, if it uses one."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation's logo; a square image works best."),
    )
    country = models.ForeignKey(
        "hub.Country",
        verbose_name=_("country"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_taxonomy,
        help_text=_("The country where the organisation works."),
    )
    region = models.CharField(
        _("region"), max_length=100, blank=True, help_text=_("Province, oblast or district.")
    )
    city = models.CharField(_("city"), max_length=100, help_text=_("Town or village."))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("North-south position in degrees, -90 to 90 (Bishkek is 42.874600)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("East-west position in degrees, -180 to 180 (Bishkek is 74.569800)."),
    )
    address = models.TextField(
        _("address"), max_length=300, blank=True, help_text=_("The postal address, if public.")
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(
        _("email"), blank=True, help_text=_("The organisation's public contact address.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=50,
        blank=True,
        help_text=_("With the country code, for example +996 312 123456."),
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        verbose_name=_("social media links"),
        help_text=_("Facebook, Instagram, Telegram or other public pages of the organisation."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=150,
        blank=True,
        help_text=_("The person to contact about the project."),
    )
    contact_role = models.CharField(
        _("contact person's role"),
        max_length=150,
        blank=True,
        help_text=_("For example: Project manager."),
    )
    project_title = models.CharField(
        _("project title"), max_length=255, help_text=_("The name of the supported project.")
    )
    project_summary = models.TextField(
        _("project summary"),
        max_length=800,
        help_text=_("Two or three sentences: what the project did and for whom."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("story and results"),
        help_text=_("The project's story and its results, with photos and quotes."),
    )
    themes = ParentalManyToManyField(
        "hub.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        limit_choices_to=source_taxonomy,
        help_text=_("The programme themes the organisation works on."),
    )
    beneficiaries = models.PositiveIntegerField(
        _("beneficiaries"),
        default=0,
        help_text=_("How many people the project reached (a whole number)."),
    )

    base_form_class = GranteePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("short_name"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("project_title"),
                FieldPanel("project_summary"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("beneficiaries"),
            ],
            heading=_("Project"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("city")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                LocationPreviewPanel(),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldPanel("social_links"),
            ],
            heading=_("Contacts"),
        ),
        InlinePanel("gallery_images", label=_("Photo gallery"), heading=_("Photo gallery")),
        InlinePanel("grants", label=_("Grant"), heading=_("Grants")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_name", boost=2),
        index.AutocompleteField("short_name"),
        index.SearchField("project_title", boost=2),
        index.SearchField("project_summary"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("region"),
        index.RelatedFields("country", [index.SearchField("name")]),
        index.RelatedFields("grants", [index.SearchField("reference"), index.SearchField("title")]),
        index.FilterField("locale_id"),
        index.FilterField("country_id"),
    ]

    api_fields = [
        APIField("short_name"),
        APIField("logo"),
        APIField("country"),
        APIField("region"),
        APIField("city"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("address"),
        APIField("website"),
        APIField("email"),
        APIField("phone"),
        APIField("social_links"),
        APIField("contact_name"),
        APIField("contact_role"),
        APIField("project_title"),
        APIField("project_summary"),
        APIField("body"),
        APIField("themes"),
        APIField("beneficiaries"),
        APIField("gallery_images"),
        APIField("grants"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        TranslatableField("short_name"),
        SynchronizedField("logo"),
        SynchronizedField("country"),
        TranslatableField("region"),
        TranslatableField("city"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        TranslatableField("address"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("social_links"),
        TranslatableField("contact_name"),
        TranslatableField("contact_role"),
        TranslatableField("project_title"),
        TranslatableField("project_summary"),
        TranslatableField("body"),
        SynchronizedField("themes"),
        SynchronizedField("beneficiaries"),
        TranslatableField("gallery_images"),
        TranslatableField("grants"),
    ]

    parent_page_types = ["grants.GrantsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("grantee")
        verbose_name_plural = _("grantees")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90)
                & models.Q(longitude__gte=-180, longitude__lte=180),
                name="grantee_coordinates_on_earth",
            )
        ]

    # Listing helpers: ``grants.queries.attach_listing_data`` fills the underscored
    # attributes for a whole page of results in a few queries; the fallbacks serve a
    # single page (the profile itself).

    @cached_property
    def first_photo(self):
        if hasattr(self, "_listing_photo"):
            return self._listing_photo
        item = self.gallery_images.select_related("image").first()
        return item.image if item else None

    @property
    def country_name(self):
        if hasattr(self, "_country_name"):
            return self._country_name
        return self.country.localized.name if self.country_id else ""

    @property
    def listing_image(self):
        return self.first_photo

    @property
    def listing_label(self):
        return " · ".join(part for part in (self.country_name, self.city) if part)

    @property
    def listing_summary(self):
        return self.project_summary

    def get_context(self, request, *args, **kwargs):
        from .views import grantee_context

        context = super().get_context(request, *args, **kwargs)
        context.update(grantee_context(self, request))
        return context


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
