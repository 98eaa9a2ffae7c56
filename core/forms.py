"""The admin form every public page type edits with (``HubPage.base_form_class``)."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class HubPageForm(WagtailAdminPageForm):
    """Wagtail's page form, with a slug error that says where the page using it is.

    Autosave stores a page the moment an editor starts typing in it; an editor who leaves
    and adds the page again is told only that the slug is "already in use". When the page
    holding the slug is a draft that was never published, the error names it and links to
    it, so the editor continues that draft instead of hunting for it in the page tree.
    """

    def clean(self):
        cleaned_data = super().clean()
        if "slug" in self.errors and self.parent_page is not None:
            draft = self.unpublished_sibling(self.data.get(self.add_prefix("slug"), ""))
            if draft is not None:
                self.errors["slug"] = self.error_class([self.draft_message(draft)])
        return cleaned_data

    def unpublished_sibling(self, slug):
        siblings = self.parent_page.get_children().filter(
            slug=slug, live=False, first_published_at=None
        )
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        return siblings.first()

    @staticmethod
    def draft_message(draft):
        return format_html(
            _(
                'The draft "{title}" already uses this slug; it was saved but never '
                'published. <a href="{url}">Continue that draft</a>, or choose another slug.'
            ),
            title=draft.title,
            url=reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        )
