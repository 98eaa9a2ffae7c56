"""The library (analysis, policy information, resources, essays) and the newsroom.

Both sections share one shape of page, ``Publication``: summary, hero image, body,
publication date, ordered authors, themes, countries, free tags and related pages. Each
concrete page type keeps its own inline and tag tables, because modelcluster's child
relations point at one concrete model.
https://docs.wagtail.org/en/stable/topics/pages.html
https://docs.wagtail.org/en/stable/reference/pages/panels.html#tabbedinterface
"""

import math
from urllib.parse import quote, urlencode, urljoin

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework.fields import DateField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock, DocumentBlock
from core.page_permissions import ModeratedRemovalMixin

from .forms import PublicationForm

WORDS_PER_MINUTE = 200
SOCIAL_IMAGE_FILTER = "fill-1200x630|format-jpeg"

# Share links are plain addresses of each network's share page: no scripts, no tracking.
SHARE_TARGETS = [
    ("Facebook", "https://www.facebook.com/sharer/sharer.php", {"u": "{url}"}),
    ("X", "https://x.com/intent/post", {"url": "{url}", "text": "{title}"}),
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/", {"url": "{url}"}),
    ("Telegram", "https://t.me/share/url", {"url": "{url}", "text": "{title}"}),
    ("WhatsApp", "https://wa.me/", {"text": "{title} {url}"}),
]


def share_links(url, title):
    """(network, address) pairs that share ``url``, plus an email link."""
    links = [
        (
            network,
            f"{base}?"
            + urlencode({key: value.format(url=url, title=title) for key, value in params.items()}),
        )
        for network, base, params in SHARE_TARGETS
    ]
    email = urlencode({"subject": title, "body": url}, quote_via=quote)
    links.append((_("Email"), f"mailto:?{email}"))
    return links


class ArticleKind(models.TextChoices):
    ANALYSIS = "analysis", _("Analysis")
    POLICY = "policy", _("Policy")
    RESOURCE = "resource", _("Resource")
    ESSAY = "essay", _("Essay")


# Kinds whose articles carry downloadable reports and briefs.
KINDS_WITH_DOCUMENTS = {ArticleKind.POLICY, ArticleKind.RESOURCE}


class AuthorLink(Orderable):
    """One author of a publication, in the order editors arrange them."""

    person = models.ForeignKey(
        "hub.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose the person from the taxonomy; add new people under Taxonomy."),
    )

    panels = [FieldPanel("person")]
    api_fields = [APIField("person")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return str(self.person)


class RelatedPageLink(Orderable):
    """A page editors recommend next to a publication."""

    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A library article or news item readers should see next."),
    )

    panels = [PageChooserPanel("related_page", ["articles.ArticlePage", "articles.NewsPage"])]
    api_fields = [APIField("related_page")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")

    def clean(self):
        super().clean()
        if self.related_page_id and self.related_page_id == getattr(self, "page_id", None):
            raise ValidationError(
                {"related_page": _("A page cannot be related to itself; choose another page.")}
            )


class Publication(ModeratedRemovalMixin, Page):
    """What an article and a news item have in common (abstract)."""

    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One or two plain sentences (at most 300 characters) shown on cards, in feeds "
            "and when the page is shared."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A landscape photo at least 1200 pixels wide, shown on top and on cards."),
    )
    hero_image_alt = models.CharField(
        _("hero image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the photo shows, for people who cannot see it. Required with a hero image."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The text of the page, with headings, images, quotes and other blocks."),
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_(
            "The date readers see and listings are ordered by. Leave empty to use the date "
            "the page is first published."
        ),
    )
    publication_year = models.PositiveSmallIntegerField(
        _("publication year"),
        null=True,
        editable=False,
        db_index=True,
        help_text=_("Copied from the publication date, for the year filter and search."),
    )
    themes = ParentalManyToManyField(
        "hub.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("The programme themes this page is about; readers filter listings by them."),
    )
    countries = ParentalManyToManyField(
        "hub.Country",
        verbose_name=_("countries"),
        blank=True,
        related_name="+",
        help_text=_("The countries this page is about; leave empty for the whole region."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3})),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
    ]
    author_panels = [InlinePanel("authors", label=_("Author"), heading=_("Authors"))]
    taxonomy_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
    ]
    promote_panels = [
        *Page.promote_panels,
        InlinePanel(
            "related_links",
            label=_("Related page"),
            heading=_("Related pages"),
            help_text=_(
                "Pages shown under 'Related'. Leave empty to show the newest pages that "
                "share a theme with this one."
            ),
            max_num=6,
        ),
    ]

    base_form_class = PublicationForm

    # Indexed by save() itself, once the authors, themes and tags are stored: modelsearch's
    # post_save handler runs before modelcluster commits them, so the index would lag a save.
    search_auto_update = False

    # Text is translated; dates, images, people, taxonomy and tags stay in sync with English.
    base_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt"),
        TranslatableField("body"),
        SynchronizedField("publication_date"),
        SynchronizedField("authors"),
        SynchronizedField("themes"),
        SynchronizedField("countries"),
        SynchronizedField("tagged_items"),
        SynchronizedField("related_links"),
        SynchronizedField("show_in_menus"),
    ]

    search_fields = [
        # The title (boost 2 in Page.search_fields) outranks the summary, then the body.
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body", boost=1),
        index.RelatedFields(
            "authors", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields(
            "countries", [index.SearchField("name"), index.FilterField("iso_code")]
        ),
        index.RelatedFields("tags", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("locale_id"),
        index.FilterField("publication_date"),
        index.FilterField("publication_year"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("publication_date"),
        APIField("publication_year"),
        APIField("hero_image"),
        APIField("hero_image_alt"),
        APIField("body"),
        APIField("authors"),
        APIField("themes"),
        APIField("countries"),
        APIField("tags"),
        APIField("related_links"),
        APIField("reading_time"),
        APIField("listing_date", serializer=DateField()),
    ]

    parent_page_types = []  # concrete types say where they live
    subpage_types = []

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = self.content_errors()
        if errors:
            raise ValidationError(errors)

    def content_errors(self):
        """Field name to message for what an editor must fix; subclasses add their rules."""
        errors = {}
        if self.hero_image_id and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = _("Describe the hero image for people who cannot see it.")
        if self.publication_date and self.publication_date > timezone.localdate():
            errors["publication_date"] = _(
                "The publication date cannot be in the future. To publish later, leave it "
                "empty and schedule the page with 'Go-live date' in the status side panel."
            )
        return errors

    def save(self, *args, **kwargs):
        date_field = self._meta.get_field("publication_date")
        self.publication_date = date_field.to_python(self.publication_date)
        if self.publication_date is None and self.first_published_at is not None:
            self.publication_date = timezone.localdate(self.first_published_at)
        self.publication_year = self.publication_date.year if self.publication_date else None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "publication_date" in update_fields:
            kwargs["update_fields"] = {*update_fields, "publication_year"}
        result = super().save(*args, **kwargs)
        # Index what the database holds. Saving a draft revision writes a few columns only
        # (``update_fields``) and leaves the live text in the row, while this instance carries
        # the draft: indexed as it is, unpublished words would be searchable on the site.
        stored = self if update_fields is None else type(self).objects.get(pk=self.pk)
        index.insert_or_update_object(stored)
        return result

    def get_context(self, request, *args, **kwargs):
        from .listing import localized, related_publications

        context = super().get_context(request, *args, **kwargs)
        page_url = self.get_full_url(request) or ""  # a new page being previewed has none
        section = self.get_parent().specific
        section_url = section.get_url(request)
        feed_url = section.feed_url(request) if hasattr(section, "feed_url") else None
        authors = localized((link.person for link in self.authors.all()), self.locale_id)
        tags = list(self.tags.all())
        social_image = (
            self.hero_image.get_rendition(SOCIAL_IMAGE_FILTER) if self.hero_image else None
        )
        context.update(
            section=section,
            feed_url=feed_url,
            authors=authors,
            themes=localized(self.themes.all(), self.locale_id),
            countries=localized(self.countries.all(), self.locale_id),
            tags=tags,
            filter_url=section_url,
            related_pages=related_publications(self),
            share_links=share_links(page_url, self.title),
            social_image=social_image,
            social_image_url=urljoin(page_url, social_image.url) if social_image else "",
            structured_data=self.structured_data(page_url, authors, tags, social_image),
        )
        return context

    def structured_data(self, url, authors, tags, social_image):
        """schema.org description of the page for search engines (rendered as JSON-LD)."""
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "headline": self.title[:110],
            "description": self.summary,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "inLanguage": self.locale.language_code,
            "author": [{"@type": "Person", "name": person.name} for person in authors],
            "publisher": {"@type": "Organization", "name": str(_("Civil Society Hub"))},
            "keywords": [tag.name for tag in tags],
        }
        if self.listing_date:
            data["datePublished"] = self.listing_date.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if social_image:
            data["image"] = [urljoin(url, social_image.url)]
        return data

    def get_template(self, request, *args, **kwargs):
        return "articles/publication_page.html"

    # The card component (templates/components/card.html) reads these.
    @property
    def listing_image(self):
        return self.hero_image

    @property
    def listing_date(self):
        if self.publication_date:
            return self.publication_date
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    @property
    def listing_summary(self):
        return self.summary

    @cached_property
    def reading_time(self):
        """Minutes a reader needs for the summary and body, at 200 words a minute."""
        texts = [self.summary, *self.body.stream_block.get_searchable_content(self.body)]
        words = sum(len(str(text).split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))


class PublicationIndexPage(ModeratedRemovalMixin, RoutablePageMixin, Page):
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
        from .listing import PublicationListing

        context = super().get_context(request, *args, **kwargs)
        listing = PublicationListing(self, request)
        context.update(listing=listing, page_obj=listing.page_obj, feed_url=self.feed_url(request))
        return context

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import publication_feed

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
