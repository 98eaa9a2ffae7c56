"""Serialiser fields of the API: they return :class:`~api.references.Ref` placeholders
for anything that needs the database, so a response resolves them all in bulk.

Any page type gets these automatically from the type of its model fields (see
``endpoints.automatic_serializer``): a StreamField becomes typed blocks with rich text as
HTML, an image foreign key becomes rendition URLs, a rich text field becomes HTML.
"""

from rest_framework.fields import Field
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .references import Ref


class ReadOnlyField(Field):
    """A read-only field whose value :func:`~api.references.resolve` fills in later.

    ``resolved_later`` tells the endpoint not to prefetch the relation for it.
    """

    resolved_later = True

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)


class ReferenceField(ReadOnlyField):
    """A foreign key shown as the referenced object, loaded with all others of its kind.

    Reads the key column (``hero_image_id``) so that serialising never touches the related
    row itself.
    """

    kind = None

    def __init__(self, kind=None, **kwargs):
        super().__init__(**kwargs)
        self.kind = kind or self.kind

    def get_attribute(self, instance):
        field = instance._meta.get_field(self.source)
        return getattr(instance, field.attname)

    def to_representation(self, value):
        return Ref(self.kind, value)


class ImageField(ReferenceField):
    """An image as ``{id, title, alt, width, height, renditions: {thumbnail, medium, large}}``."""

    kind = "image"


class RenditionsField(ReadOnlyField):
    """An image's own renditions, on the images endpoint."""

    def get_attribute(self, instance):
        return instance.pk

    def to_representation(self, pk):
        return Ref("renditions", pk)


class TagsField(ReadOnlyField):
    """Tag names in alphabetical order, read from prefetched tags."""

    resolved_later = False

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())


class RichTextField(ReadOnlyField):
    """Rich text as HTML with internal links turned into URLs."""

    def to_representation(self, value):
        return Ref("richtext", value or "")


class StreamField(ReadOnlyField):
    """A StreamField as a list of ``{type, value, id}`` blocks, from its stored JSON.

    Plain blocks use ``block.get_api_representation``; rich text becomes HTML with resolved
    links; images, documents, pages and snippets chosen in blocks become objects (a page
    that is not live and public becomes ``null``).
    """

    def to_representation(self, value):
        return represent_stream(value.stream_block, list(value.raw_data), self.context)


def represent_stream(stream_block, raw_items, context):
    represented = []
    for item in raw_items or []:
        if not isinstance(item, dict):
            continue
        child = stream_block.child_blocks.get(item.get("type"))
        if child is None:
            continue
        represented.append(
            {
                "type": item["type"],
                "value": represent_block(child, item.get("value"), context),
                "id": item.get("id"),
            }
        )
    return represented


def represent_block(block, raw, context):
    """The API value of one block, computed from its stored (raw JSON) value."""
    if isinstance(block, blocks.StreamBlock):
        return represent_stream(block, raw, context)
    if isinstance(block, blocks.ListBlock):
        return [
            represent_block(block.child_block, _list_item_value(block, item), context)
            for item in raw or []
        ]
    if isinstance(block, blocks.StructBlock):
        raw = raw if isinstance(raw, dict) else {}
        return {
            name: represent_block(child, raw.get(name), context)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return Ref("richtext", raw or "")
    if isinstance(block, blocks.ChooserBlock):
        return _chooser_reference(block, raw)
    if isinstance(block, EmbedBlock):
        return raw or None
    return block.get_api_representation(block.to_python(raw), context)


def _list_item_value(list_block, item):
    if list_block._item_is_in_block_format(item):
        return item["value"]
    return item


def _chooser_reference(block, raw):
    if not isinstance(raw, int) or isinstance(raw, bool):
        return None
    if isinstance(block, ImageChooserBlock):
        return Ref("image", raw)
    if isinstance(block, DocumentChooserBlock):
        return Ref("document", raw)
    if isinstance(block, blocks.PageChooserBlock):
        return Ref("page", raw)
    return Ref("object", (block.target_model, raw))


class LocaleField(ReadOnlyField):
    """A page's or snippet's language code, from one lookup of all locales."""

    def get_attribute(self, instance):
        return instance.locale_id

    def to_representation(self, locale_id):
        return Ref("locale", locale_id)


class AliasOfField(ReadOnlyField):
    """The page this page mirrors (an untranslated alias), or ``null``."""

    def get_attribute(self, instance):
        return instance.alias_of_id

    def to_representation(self, alias_of_id):
        return Ref("page", alias_of_id)


class TranslationsField(ReadOnlyField):
    """The same page in the other languages: ``[{locale, id, html_url, detail_url ...}]``."""

    def get_attribute(self, instance):
        return (instance.id, instance.translation_key)

    def to_representation(self, key):
        return Ref("translations", key)


class TranslationFallbackField(ReadOnlyField):
    """True when the page is still an alias of the English page, so shows English text."""

    def get_attribute(self, instance):
        return (instance.locale_id, instance.alias_of_id)

    def to_representation(self, key):
        if key[1] is None:
            return False
        return Ref("fallback", key)
