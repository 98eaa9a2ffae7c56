"""StreamField blocks shared by every page body.

Each block has a template under ``templates/components/blocks/`` and a preview value, so
editors see what they insert in the block picker.
https://docs.wagtail.org/en/stable/topics/streamfield.html
"""

from itertools import zip_longest

from django.core.exceptions import ValidationError
from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.compare import BlockComparison, diff_text
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# What editors may do in body text: emphasis, links and lists. No headings (the heading
# block carries the document outline), no raw HTML, no embeds inside paragraphs.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=150)
    level = blocks.ChoiceBlock(
        label=pgettext_lazy("heading level", "Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
        help_text=_("Use sections for the main parts of the page and subsections inside them."),
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        description = _("A heading that starts a section of the page")
        preview_value = {"text": "What the grants changed", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def clean(self, value):
        """Refuse a paragraph without text whenever the block is required.

        A paragraph inserted and left empty reaches the server as ``<p data-block-key=..>
        </p>``, which Django's required check accepts; once the page is opened again the
        editor sends it as empty and the page can no longer be saved (a moderator could not
        approve it). Refusing it on the first save keeps both sides alike.
        """
        value = super().clean(value)
        if self.required and not strip_tags(value.source).strip():
            raise ValidationError(self.field.error_messages["required"], code="required")
        return value

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph.html"
        description = _("Text with emphasis, links and lists")
        preview_value = (
            "<p>Small grants reached <b>community groups</b> in every country of the region, "
            'from <a href="https://example.org">Naryn</a> to Ganja.</p>'
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "for example 'Volunteers planting trees in Khujand'."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=150)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        description = _("An image with its description, caption and credit")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, max_length=150, help_text=_("Who said it.")
    )

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        description = _("A quotation with the name of the person quoted")
        preview_value = {
            "quote": "For the first time, residents wrote the housing rules together.",
            "attribution": "Grantee in Osh",
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video URL"), help_text=_("A YouTube or Vimeo address."), max_width=960
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "components/blocks/video.html"
        description = _("A video from YouTube or Vimeo")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=400)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"
        description = _("A downloadable file, shown with its type and size")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(
        label=_("Page"), required=False, help_text=_("Link to a page of this site ...")
    )
    url = blocks.URLBlock(
        label=_("Address"), required=False, help_text=_("... or to another site.")
    )

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        description = _("A short invitation with one button")
        preview_value = {
            "title": "Join the NGO academy",
            "text": "Free distance-learning courses in your language.",
            "button_label": "See the courses",
            "url": "https://example.org/academy/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an address for the button, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


def _table_rows(value):
    """Caption and cells of a table value as rows of strings (what an editor typed)."""
    value = value or {}
    rows = [[str(cell or "") for cell in row] for row in value.get("data") or []]
    caption = value.get("table_caption") or ""
    return ([[caption]] if caption else []) + rows


class TableBlockComparison(BlockComparison):
    """Revision comparison of a table as a table, cell by cell, instead of the raw value."""

    def htmlvalue(self, val):
        return self._table([[escape(cell) for cell in row] for row in _table_rows(val)])

    def htmldiff(self):
        rows_a, rows_b = _table_rows(self.val_a), _table_rows(self.val_b)
        rows = []
        for row_a, row_b in zip_longest(rows_a, rows_b, fillvalue=[]):
            rows.append(
                [
                    diff_text(cell_a, cell_b).to_html()
                    for cell_a, cell_b in zip_longest(row_a, row_b, fillvalue="")
                ]
            )
        return self._table(rows)

    @staticmethod
    def _table(rows):
        body = format_html_join(
            "\n",
            "<tr>{}</tr>",
            ((format_html_join("", "<td>{}</td>", ((cell,) for cell in row)),) for row in rows),
        )
        return format_html("<table>\n{}\n</table>", body)


class TableBlock(WagtailTableBlock):
    """Wagtail's table, made translatable cell by cell.

    wagtail-localize copies the cells of ``TableBlock`` untouched, so translators would never
    see them. Each non-empty cell and the caption become their own segment here.
    """

    def __init__(self, **kwargs):
        # Wagtail ships Handsontable without its language packs, so only its built-in
        # "en-US" exists; the admin's own language ("en", "ru") would log a console error
        # in every editor that holds a table.
        kwargs.setdefault(
            "table_options",
            {"renderer": "text", "autoColumnSize": False, "language": "en-US"},
        )
        super().__init__(**kwargs)

    def get_comparison_class(self):
        return TableBlockComparison

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row):
                if isinstance(cell, str) and cell.strip():
                    segments.append(StringSegmentValue(f"cell-{row_index}-{col_index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        if not value:
            return value
        value = dict(value, data=[list(row) for row in value.get("data") or []])
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            elif segment.path.startswith("cell-"):
                _prefix, row_index, col_index = segment.path.split("-")
                value["data"][int(row_index)][int(col_index)] = text
        return value

    class Meta:
        icon = "table"
        template = "components/blocks/table.html"
        description = _("A table of text, with an optional header row and caption")
        preview_value = {
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Grants by country",
            "data": [["Country", "Grants"], ["Kyrgyzstan", "21"], ["Tajikistan", "17"]],
        }


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        label=_("Figure"), max_length=30, help_text=_("The number as it should read: 600,000.")
    )
    label = blocks.CharBlock(label=_("Label"), max_length=100, help_text=_("What it counts."))
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "order"
        template = "components/blocks/key_figure.html"
        description = _("One number that tells the story, with its label")
        preview_value = {"figure": "101", "label": "small grants", "description": ""}


class BodyBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
    table = TableBlock()
    key_figure = KeyFigureBlock()

    class Meta:
        block_counts = {}
