"""Rules every content model of the hub follows, checked over all installed models."""

import pytest
from django.apps import apps
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin, get_page_models

from hub.blocks import RICH_TEXT_FEATURES

HUB_APPS = {"hub", "home", "articles", "academy", "grants", "search"}


def hub_models():
    return [model for model in apps.get_models() if model._meta.app_label in HUB_APPS]


def all_blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from all_blocks(child)
    if isinstance(block, blocks.ListBlock):
        yield from all_blocks(block.child_block)


def stream_fields():
    for model in hub_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield model, field


@pytest.mark.parametrize(
    "model",
    [m for m in hub_models() if issubclass(m, TranslatableMixin) and not m._meta.abstract],
    ids=lambda m: m._meta.label,
)
def test_translatable_models_choose_what_is_translated(model):
    declared = [cls for cls in model.__mro__ if "translatable_fields" in cls.__dict__]
    assert declared and declared[0] is not TranslatableMixin, (
        f"{model._meta.label} must declare translatable_fields"
    )
    names = {field.field_name for field in model.translatable_fields}
    if issubclass(model, Page):
        assert {"title", "slug"} <= names


@pytest.mark.parametrize(
    "page_model", [m for m in get_page_models() if m._meta.app_label in HUB_APPS]
)
def test_every_page_type_says_where_it_may_live(page_model):
    assert page_model.parent_page_types is not None, page_model


@pytest.mark.parametrize("model, field", list(stream_fields()), ids=lambda v: str(v))
def test_no_raw_html_and_restricted_rich_text_in_stream_fields(model, field):
    for block in all_blocks(field.stream_block):
        assert not isinstance(block, blocks.RawHTMLBlock), f"{model}.{field.name}"
        if isinstance(block, blocks.RichTextBlock):
            assert set(block.features or []) <= set(RICH_TEXT_FEATURES), f"{model}.{field.name}"


def test_rich_text_fields_use_the_restricted_features():
    for model in hub_models():
        for field in model._meta.get_fields():
            if isinstance(field, RichTextField):
                assert field.features is not None, f"{model}.{field.name}"
                assert set(field.features) <= set(RICH_TEXT_FEATURES), f"{model}.{field.name}"
