"""What both sections' pages share besides the page itself: kinds, share links and the
inline rows of authors and related pages.
"""

from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.models import Orderable

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
