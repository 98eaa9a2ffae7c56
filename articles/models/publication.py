"""``Publication``, the one shape of page of the library and the newsroom (abstract)."""

import math
from urllib.parse import urljoin

from django import forms
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework.fields import DateField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.indexing import index_object
from core.page_cache import kept_until_publish, without_prefetched_renditions
from core.pages import HubPage

from ..forms import PublicationForm
from .shared import SOCIAL_IMAGE_FILTER, WORDS_PER_MINUTE, share_links


class Publication(HubPage):
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

    image_alt_fields = [
        ("hero_image", "hero_image_alt", _("Describe the hero image for people who cannot see it."))
    ]

    class Meta:
        abstract = True

    def content_errors(self):
        errors = super().content_errors()
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
        index_object(stored)
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_url = self.get_full_url(request) or ""  # a new page being previewed has none
        details = self.reading_details(request)
        if details["hero_image"] is not None:
            self.hero_image = details["hero_image"]
        section, social_image = details["section"], details["social_image"]
        section_url = section.get_url(request)
        feed_url = section.feed_url(request) if hasattr(section, "feed_url") else None
        context.update(
            section=section,
            feed_url=feed_url,
            authors=details["authors"],
            themes=details["themes"],
            countries=details["countries"],
            tags=details["tags"],
            filter_url=section_url,
            related_pages=details["related_pages"],
            share_links=share_links(page_url, self.title),
            social_image=social_image,
            social_image_url=urljoin(page_url, social_image.url) if social_image else "",
            structured_data=self.structured_data(
                page_url, details["authors"], details["tags"], social_image, details["language"]
            ),
        )
        return context

    def reading_details(self, request):
        """What the page shows around its text (section, people, taxonomy, related pages,
        pictures), the same for every reader of the live page: kept until the next publish
        (which also follows changes to taxonomy and people), built afresh for previews."""
        if not self.pk or getattr(request, "is_preview", False):
            return self._reading_details()
        return kept_until_publish(f"publication:{self.pk}", self._reading_details)

    def _reading_details(self):
        from ..listing import localized
        from ..related import related_publications

        images = get_image_model().objects.all()
        hero_image = images.filter(pk=self.hero_image_id).first() if self.hero_image_id else None
        themes = list(self.themes.all())
        links = list(self.authors.all())  # in memory for a preview's draft
        prefetch_related_objects(links, "person__photo")
        related_pages = related_publications(self, themes=themes)
        without_prefetched_renditions(
            [hero_image, *(link.person.photo for link in links)]
            + [getattr(page, "hero_image", None) for page in related_pages]
        )
        return {
            "section": self.get_parent().specific,
            "authors": localized((link.person for link in links), self.locale_id),
            "themes": localized(themes, self.locale_id),
            "countries": localized(self.countries.all(), self.locale_id),
            "tags": list(self.tags.all()),
            "related_pages": related_pages,
            "hero_image": hero_image,
            "social_image": hero_image.get_rendition(SOCIAL_IMAGE_FILTER) if hero_image else None,
            "language": self.locale.language_code,
        }

    def structured_data(self, url, authors, tags, social_image, language):
        """schema.org description of the page for search engines (rendered as JSON-LD)."""
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "headline": self.title[:110],
            "description": self.summary,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "inLanguage": language,
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
