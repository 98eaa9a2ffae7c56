"""The grants page: map, statistics and the list of grantees."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.pages import HubPage


class GrantsIndexPage(HubPage):
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
        from ..views import grants_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(grants_index_context(self, request))
        return context

    @property
    def listing_summary(self):
        return self.intro
