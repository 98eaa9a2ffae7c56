"""The home page of each language and the plain pages (About, Contact, Privacy).

Page types declare where they may live so editors can only create them in their place.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.parent_page_types
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.page_cache import CachedRouteMixin
from core.pages import HubPage

from .blocks import HomeSectionsBlock


class HomePage(CachedRouteMixin, HubPage):
    """The root of one language's tree; one per locale."""

    image_alt_fields = [
        ("hero_image", "hero_image_alt", _("Describe the hero image for people who cannot see it."))
    ]

    hero_title = models.CharField(
        _("hero title"),
        max_length=150,
        help_text=_("The large headline at the top of the home page."),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences under the headline."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photo, at least 1600 pixels across. Give the image a clear title."),
    )
    hero_image_alt = models.CharField(
        _("hero image description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    sections = StreamField(
        HomeSectionsBlock(),
        blank=True,
        verbose_name=_("sections"),
        help_text=_("Latest news, courses, grant figures and other featured sections."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("sections"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [
        APIField("hero_title"),
        APIField("intro"),
        APIField("hero_image"),
        APIField("hero_image_alt"),
        APIField("sections"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        TranslatableField("hero_title"),
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt"),
        TranslatableField("sections"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(HubPage):
    """A plain page: About, Contact, Privacy and the like."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A short paragraph shown in larger type under the title."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

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
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def listing_summary(self):
        return self.intro
