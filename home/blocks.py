"""Sections of the home page: each pulls live content from the part of the site it features."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Page

from core.blocks import CallToActionBlock, KeyFigureBlock
from core.privacy import public_in_every_locale
from grants.blocks import GrantsFiguresBlock


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
        items = []
        if section is not None:
            section = section.localized
            items = list(
                public_in_every_locale(section.get_children().live())
                .order_by("-first_published_at")
                .specific()[: value.get("count") or 3]
            )
        context["section_page"] = section
        context["items"] = items
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
        chosen = [page.localized for page in value.get("pages") or [] if page is not None]
        chosen_pages = Page.objects.filter(pk__in=[page.pk for page in chosen]).live()
        visible = public_in_every_locale(chosen_pages)
        shown = set(visible.values_list("pk", flat=True))
        context["items"] = [page.specific for page in chosen if page.pk in shown]
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
