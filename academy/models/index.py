"""The catalogue page."""

from http import HTTPMethod

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.pages import HubPage


class CourseIndexPage(HubPage):
    """The academy's catalogue: every course of its language, filtered and counted."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A short paragraph above the catalogue: who the academy is for."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.FilterField("locale_id"),
    ]
    api_fields = [APIField("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["academy.CoursePage"]
    max_count_per_parent = 1
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import build_catalogue

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = build_catalogue(self, request)
        return context

    @property
    def listing_summary(self):
        return self.intro
