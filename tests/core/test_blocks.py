"""The shared body blocks: validation editors can act on, tables translators can reach."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks import BodyBlock, CallToActionBlock, TableBlock


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    base = {"title": "Join", "text": "", "button_label": "Go", "page": None}
    with pytest.raises(StructBlockValidationError) as neither:
        block.clean(block.to_python({**base, "url": ""}))
    assert "either a page or an address" in str(neither.value.block_errors["url"])
    value = block.clean(block.to_python({**base, "url": "https://example.org/"}))
    assert value["url"] == "https://example.org/"


def test_table_cells_and_caption_are_translation_segments():
    block = TableBlock()
    value = {
        "table_caption": "Grants by country",
        "first_row_is_table_header": True,
        "data": [["Country", "Grants"], ["Kyrgyzstan", "21"], ["", None]],
    }
    segments = block.get_translatable_segments(value)
    assert [(s.path, s.render_text()) for s in segments] == [
        ("caption", "Grants by country"),
        ("cell-0-0", "Country"),
        ("cell-0-1", "Grants"),
        ("cell-1-0", "Kyrgyzstan"),
        ("cell-1-1", "21"),
    ]
    translated = [
        type(segment)(segment.path, text)
        for segment, text in zip(
            segments, ["Гранты по странам", "Страна", "Гранты", "Кыргызстан", "21"], strict=True
        )
    ]
    restored = block.restore_translated_segments(value, translated)
    assert restored["table_caption"] == "Гранты по странам"
    assert restored["data"] == [["Страна", "Гранты"], ["Кыргызстан", "21"], ["", None]]
    assert value["data"][0] == ["Country", "Grants"], "the source value is left unchanged"


def test_every_body_block_has_a_template_and_a_description():
    for name, child in BodyBlock().child_blocks.items():
        assert child.meta.template, name
        assert child.meta.description, name


@pytest.mark.django_db
def test_body_blocks_render_their_preview_values():
    for name, child in BodyBlock().child_blocks.items():
        preview = getattr(child.meta, "preview_value", None)
        if preview is None:
            continue
        html = child.render(child.normalize(preview))
        assert html.strip(), name


def test_paragraph_offers_no_raw_html_or_headings():
    paragraph = BodyBlock().child_blocks["paragraph"]
    assert set(paragraph.features) == {"bold", "italic", "link", "document-link", "ol", "ul"}


def test_image_block_requires_alternative_text():
    image_block = BodyBlock().child_blocks["image"]
    with pytest.raises(ValidationError):
        image_block.child_blocks["alt_text"].clean("")


def test_an_empty_paragraph_is_refused_as_the_editor_sends_it_on_every_save():
    """An inserted, untouched paragraph arrives as an empty ``<p>``: refused at once, as it is
    when the page is opened and saved again."""
    body = BodyBlock()
    paragraph = body.child_blocks["paragraph"]
    widget = paragraph.field.widget
    for posted in (widget.format_value(""), "null"):
        value = paragraph.value_from_datadict({"text": posted}, {}, "text")
        with pytest.raises(ValidationError) as refused:
            paragraph.clean(value)
        assert refused.value.code == "required"
    kept = paragraph.clean(paragraph.to_python("<p>Wells for <b>villages</b>.</p>"))
    assert kept.source == "<p>Wells for <b>villages</b>.</p>"
    optional = type(paragraph)(required=False)
    assert optional.clean(paragraph.value_from_datadict({"t": "null"}, {}, "t")).source == ""


def test_revision_comparison_shows_a_table_as_a_table_with_changed_cells_marked():
    from core.blocks import TableBlock

    block = TableBlock()
    before = {"table_caption": "Grants by year", "data": [["Year", "Amount"], ["2019", "500"]]}
    after = {"table_caption": "Grants by year", "data": [["Year", "Amount"], ["2019", "750"]]}
    comparison = block.get_comparison_class()(block, True, True, before, after)

    assert comparison.has_changed()
    value = comparison.htmlvalue(before)
    assert "<td>Year</td><td>Amount</td>" in value and "{" not in value
    diff = comparison.htmldiff()
    assert '<span class="deletion">500</span>' in diff
    assert '<span class="addition">750</span>' in diff
    assert "<td>2019</td>" in diff


def test_the_table_editor_asks_handsontable_for_the_one_language_wagtail_ships():
    """Handsontable logs a console error for any language it was not given a pack for,
    and Wagtail ships none but its built-in en-US, so the editor must not follow the
    admin's language."""
    from django.utils import translation

    from core.blocks import TableBlock

    for language in ("en", "ru", "kk"):
        with translation.override(language):
            assert TableBlock().field.widget.table_options["language"] == "en-US"
