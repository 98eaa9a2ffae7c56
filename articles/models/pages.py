"""The concrete page types of the library and the newsroom, with their own inline tables."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import DocumentBlock

from .index import PublicationIndexPage, publication_edit_handler
from .publication import Publication
from .shared import KINDS_WITH_DOCUMENTS, ArticleKind, AuthorLink, RelatedPageLink


class ArticleIndexPage(PublicationIndexPage):
    """The library: analysis, policy information, resources and essays."""

    subpage_types = ["articles.ArticlePage"]
    facet_names = ("kind", "theme", "country", "year", "tag")

    class Meta:
        verbose_name = _("library")


class ArticlePage(Publication):
    """A piece in the library; its kind sets its label and whether it carries documents."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=ArticleKind.choices,
        help_text=_(
            "What sort of piece this is. It sets the label on cards; only policy and "
            "resource articles can carry documents."
        ),
    )
    documents = StreamField(
        [("document", DocumentBlock())],
        blank=True,
        verbose_name=_("documents"),
        help_text=_(
            "Reports, briefs or handouts to download (policy and resource articles only). "
            "Their file type and size are shown next to the link."
        ),
    )
    tags = ClusterTaggableManager(
        through="articles.ArticlePageTag",
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Free keywords, separated by commas; readers can filter the library by them."),
    )

    content_panels = [
        *Publication.content_panels[:1],
        FieldPanel("kind"),
        *Publication.content_panels[1:],
        FieldPanel("documents"),
    ]
    edit_handler = publication_edit_handler(content_panels)
    translatable_fields = [
        *Publication.base_translatable_fields,
        SynchronizedField("kind"),
        TranslatableField("documents"),
    ]
    search_fields = [*Publication.search_fields, index.FilterField("kind")]
    api_fields = [
        APIField("kind"),
        APIField("listing_label"),
        *Publication.api_fields,
        APIField("documents"),
    ]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    schema_type = "Article"  # schema.org type of the JSON-LD

    class Meta:
        verbose_name = _("library article")
        verbose_name_plural = _("library articles")

    def content_errors(self):
        errors = super().content_errors()
        if self.documents and self.kind not in KINDS_WITH_DOCUMENTS:
            errors["documents"] = _(
                "Only policy and resource articles carry documents. Change the kind to "
                "Policy or Resource, or remove the documents."
            )
        return errors

    def get_admin_display_title(self):
        """The title with the kind, so editors tell an essay from a brief in the explorer."""
        title = super().get_admin_display_title()
        return f"{title} ({self.listing_label})" if self.kind else title

    @property
    def listing_label(self):
        return self.get_kind_display() if self.kind else ""


class ArticleAuthor(AuthorLink):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")


class ArticleRelatedPage(RelatedPageLink):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="tagged_items")


class NewsIndexPage(PublicationIndexPage):
    """The newsroom."""

    subpage_types = ["articles.NewsPage"]

    class Meta:
        verbose_name = _("newsroom")


class NewsPage(Publication):
    """A news item, optionally reported from another source."""

    source_name = models.CharField(
        _("source name"),
        max_length=150,
        blank=True,
        help_text=_("Where the news first appeared, for example a partner's website."),
    )
    source_url = models.URLField(
        _("source address"),
        blank=True,
        help_text=_("The full address of the original report, starting with https://."),
    )
    tags = ClusterTaggableManager(
        through="articles.NewsPageTag",
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Free keywords, separated by commas; readers can filter the news by them."),
    )

    content_panels = [
        *Publication.content_panels,
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Source")),
    ]
    edit_handler = publication_edit_handler(content_panels)
    translatable_fields = [
        *Publication.base_translatable_fields,
        TranslatableField("source_name"),
        SynchronizedField("source_url"),
    ]
    api_fields = [
        APIField("listing_label"),
        *Publication.api_fields,
        APIField("source_name"),
        APIField("source_url"),
    ]

    parent_page_types = ["articles.NewsIndexPage"]
    subpage_types = []
    schema_type = "NewsArticle"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def content_errors(self):
        errors = super().content_errors()
        if self.source_name and not self.source_url:
            errors["source_url"] = _(
                "Add the address of the source, or leave the source name empty."
            )
        return errors

    @property
    def listing_label(self):
        return _("News")


class NewsAuthor(AuthorLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")


class NewsRelatedPage(RelatedPageLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="tagged_items")


def remove_from_search_index(sender, instance, **kwargs):
    """Publications opt out of modelsearch's signal handlers (see ``search_auto_update``), so
    deleting one removes it from the index here."""
    index.remove_object(instance)
