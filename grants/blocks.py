"""Blocks other sections use to show the grants programme (the home page's live figures)."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale

from core.page_cache import kept_until_publish


class GrantsFiguresBlock(blocks.StructBlock):
    """The programme's headline figures, computed from the published grants when shown."""

    title = blocks.CharBlock(label=_("Title"), max_length=100, required=False)
    grants_page = blocks.PageChooserBlock(
        label=_("Grants page"),
        page_type="grants.GrantsIndexPage",
        required=False,
        help_text=_("Where the 'See the map' link leads; usually the Grants page."),
    )

    class Meta:
        icon = "order"
        template = "grants/blocks/grants_figures.html"
        label = _("Grants figures")
        description = _(
            "Live figures of the grants programme: grants, amount, organisations, reach"
        )

    def get_context(self, value, parent_context=None):
        from .stats import grant_totals

        context = super().get_context(value, parent_context=parent_context)
        grants_page = value.get("grants_page")

        def build():
            return (grants_page.localized if grants_page else None), grant_totals(
                Locale.get_active()
            )

        request = (parent_context or {}).get("request")
        if request is None or getattr(request, "is_preview", False):
            context["grants_page"], context["statistics"] = build()
        else:
            key = f"grants-figures:{grants_page.pk if grants_page else 0}:{get_language()}"
            context["grants_page"], context["statistics"] = kept_until_publish(key, build)
        return context
