"""The base of the public page types (docs/architecture.md, "Folders").

Abstract and without fields, so no table changes for the page types built on it. It holds
what every public page type shares:

- **images described**: each ``(image field, alternative text field, message)`` of
  ``image_alt_fields`` must have its text when the image is set, because screen readers
  and the API's clients need it;
- **validation in one place**: ``clean`` raises every ``content_errors()`` at once, so an
  editor sees all that must be fixed after one save;
- **cards**: listings (home sections, search results, related pages) read
  ``listing_image``, ``listing_label``, ``listing_date`` and ``listing_summary``; the
  defaults show nothing, each page type says what its card shows;
- **removal by moderators only**: deleting and moving need their own permission
  (``ModeratedRemovalMixin``, translation/page_permissions.py);
- **one admin form**: ``HubPageForm`` (core/forms.py), whose slug error points to the
  unpublished draft that already holds the slug;
- **every script found**: besides its own text a page indexes the search keys of its
  words in its language (``folded_title``, ``folded_text``; core/scripts.py), so Latin
  and Cyrillic spellings, and ``ё`` and ``е``, find each other;
- **restrictions across languages**: a password, login or group restriction on a page in
  one language's tree also applies to its copies in the others (``RestrictedCopiesMixin``,
  core/privacy.py), so a copy asks for its original's password;
- **previews**: ``serve_preview`` asks the ``serve_page_preview`` hooks first, so another
  app (the headless preview of ``api/``) can answer previews without replacing Wagtail's
  method on ``Page``.
"""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from wagtail import hooks
from wagtail.models import Page
from wagtail.search import index

from translation.page_permissions import ModeratedRemovalMixin

from .forms import HubPageForm
from .privacy import RestrictedCopiesMixin
from .scripts import folded_words


class HubPage(RestrictedCopiesMixin, ModeratedRemovalMixin, Page):
    image_alt_fields = ()
    base_form_class = HubPageForm

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = self.content_errors()
        if errors:
            raise ValidationError(errors)

    def content_errors(self):
        """Field name to message for what an editor must fix; subclasses add their rules."""
        return {
            alt_field: message
            for image_field, alt_field, message in self.image_alt_fields
            if getattr(self, f"{image_field}_id") and not getattr(self, alt_field).strip()
        }

    listing_image = None
    listing_label = ""
    listing_date = None
    listing_summary = ""

    @classmethod
    def get_search_fields(cls):
        return [
            *super().get_search_fields(),
            index.SearchField("folded_title", boost=2),
            index.AutocompleteField("folded_title"),
            index.SearchField("folded_text"),
        ]

    def folded_title(self):
        return folded_words(self.title, self.search_language())

    def folded_text(self):
        """The keys of every other searchable text of the page (intro, body, ...)."""
        texts = []
        for field in super().get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != "title":
                texts.append(_as_text(field.get_value(self)))
        return folded_words(" ".join(texts), self.search_language())

    @classmethod
    def get_indexed_objects(cls):
        # The folded fields need each page's language: read with the page, not per page.
        return super().get_indexed_objects().select_related("locale")

    def search_language(self):
        return self.locale.language_code if self.locale_id else ""

    def serve_preview(self, request, mode_name):
        for hook in hooks.get_hooks("serve_page_preview"):
            response = hook(self, request, mode_name)
            if response is not None:
                return response
        return super().serve_preview(request, mode_name)


def _as_text(value):
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return "" if value is None else strip_tags(str(value))
