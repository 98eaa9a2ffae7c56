"""Sections of the home page: each pulls live content from the part of the site it features."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Page

from core.blocks import CallToActionBlock, KeyFigureBlock
from core.page_cache import kept_until_publish
from core.privacy import public_in_every_locale
from grants.blocks import GrantsFiguresBlock


def kept(parent_context, key, build):
    """A section's pages, kept until the next publish; built afresh for a preview."""
    request = (parent_context or {}).get("request")
    if request is None or getattr(request, "is_preview", False):
        return build()
    return kept_until_publish(key, build)


def with_listing_images(pages):
    """Read each card's picture now, so that the kept pages carry them."""
    for page in pages:
        getattr(page, "listing_image", None)
    return pages


class LatestPagesBlock(blocks.StructBlock):
    """The newest live pages of one section (news, library, academy, grants)."""

    title = blocks.CharBlock(label=_("Title"), max_length=100)
    section = blocks.PageChooserBlock(
        label=_("Section"),
        help_text=_("The index page whose newest children are shown, for example News."),
    )
    count = blocks.IntegerBlock(label=_("How many"), default=3, min_value=1, max_value=12)

    class Meta:
        icon = "list-ul"
        template = "home/blocks/latest_pages.html"
        description = _("The newest pages of a section, updated automatically")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        section = value.get("section")
        count = value.get("count") or 3

        def build():
            if section is None:
                return None, []
            localized = section.localized
            items = list(
                public_in_every_locale(localized.get_children().live())
                .order_by("-first_published_at")
                .specific()[:count]
            )
            return localized, with_listing_images(items)

        key = f"home-latest:{section.pk if section else 0}:{get_language()}:{count}"
        context["section_page"], context["items"] = kept(parent_context, key, build)
        return context


class FeaturedPagesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=100)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")), label=_("Pages"), min_num=1, max_num=6
    )

    class Meta:
        icon = "pick"
        template = "home/blocks/featured_pages.html"
        description = _("Pages chosen by hand, shown as cards")

    def get_context(self, value, parent_context=None):
        """The chosen pages in the visitor's language that are live and public, in order.

        A chosen page may since have been unpublished or put behind a password or a login:
        its card (title, summary, image) must then not show.
        """
        context = super().get_context(value, parent_context=parent_context)
        pages = [page for page in value.get("pages") or [] if page is not None]

        def build():
            chosen = [page.localized for page in pages]
            chosen_pages = Page.objects.filter(pk__in=[page.pk for page in chosen]).live()
            visible = public_in_every_locale(chosen_pages)
            shown = set(visible.values_list("pk", flat=True))
            return with_listing_images([page.specific for page in chosen if page.pk in shown])

        key = f"home-featured:{','.join(str(page.pk) for page in pages)}:{get_language()}"
        context["items"] = kept(parent_context, key, build)
        return context


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=100, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        template = "home/blocks/key_figures.html"
        description = _("A row of figures about the programme")


class HomeSectionsBlock(blocks.StreamBlock):
    latest = LatestPagesBlock()
    featured = FeaturedPagesBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    grants_figures = GrantsFiguresBlock()
