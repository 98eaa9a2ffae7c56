"""The section pages that list publications (abstract) and the editor's tabs of a publication."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.pages import HubPage

from .publication import Publication


class PublicationIndexPage(RoutablePageMixin, HubPage):
    """A section listing its own publications, with filters and an RSS feed (abstract)."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences shown under the title of the section."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("show_in_menus"),
    ]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    # The facets a visitor can filter by; see articles.listing.FACETS.
    facet_names = ("theme", "country", "year", "tag")

    class Meta:
        abstract = True

    @property
    def publication_model(self):
        """The page type this section lists: its one allowed child type."""
        return self.specific_class.allowed_subpage_models()[0]

    def get_template(self, request, *args, **kwargs):
        return "articles/publication_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from ..listing import PublicationListing

        context = super().get_context(request, *args, **kwargs)
        listing = PublicationListing(self, request)
        context.update(listing=listing, page_obj=listing.page_obj, feed_url=self.feed_url(request))
        return context

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    @path("feed/", name="feed")
    def feed(self, request):
        from ..feeds import publication_feed

        return publication_feed(self, request)


def publication_edit_handler(content_panels):
    """The editor's tabs: what the page says, what it is about, how it is found, when it is out."""
    return TabbedInterface(
        [
            ObjectList([*content_panels, *Publication.author_panels], heading=_("Content")),
            ObjectList(Publication.taxonomy_panels, heading=_("Taxonomy")),
            ObjectList(Publication.promote_panels, heading=_("Promote")),
            ObjectList(
                [FieldPanel("publication_date"), *Page.settings_panels],
                heading=_("Settings"),
                classname="settings",
            ),
        ]
    )
