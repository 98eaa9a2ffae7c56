"""A grantee's profile page."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.pages import HubPage

from ..forms import GranteePageForm
from ..panels import LocationPreviewPanel
from .shared import source_taxonomy


class SocialLinkBlock(blocks.URLBlock):
    class Meta:
        icon = "link"
        label = _("Link")


# Migrations name the block by the path it had before models became a package.
DECONSTRUCT_ALIASES = {SocialLinkBlock: "grants.models.SocialLinkBlock"}


class GranteePage(HubPage):
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
        from ..views import grantee_context

        context = super().get_context(request, *args, **kwargs)
        context.update(grantee_context(self, request))
        return context
