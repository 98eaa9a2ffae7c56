"""Rules every content model of the hub follows, checked over all installed models."""

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin, get_page_models

from core.blocks import RICH_TEXT_FEATURES, VideoBlock
from core.security import VIDEO_ORIGINS

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


def blocks_with_parents(block, parent=None):
    yield block, parent
    for child in getattr(block, "child_blocks", {}).values():
        yield from blocks_with_parents(child, block)
    if isinstance(block, blocks.ListBlock):
        yield from blocks_with_parents(block.child_block, block)


@pytest.mark.parametrize("model, field", list(stream_fields()), ids=lambda v: str(v))
def test_no_raw_html_and_restricted_rich_text_in_stream_fields(model, field):
    for block in all_blocks(field.stream_block):
        assert not isinstance(block, blocks.RawHTMLBlock), f"{model}.{field.name}"
        if isinstance(block, blocks.RichTextBlock):
            # No features given means Wagtail's defaults: headings, images, embeds, rules.
            assert block.features is not None, f"{model}.{field.name}"
            assert set(block.features) <= set(RICH_TEXT_FEATURES), f"{model}.{field.name}"


@pytest.mark.parametrize("model, field", list(stream_fields()), ids=lambda v: str(v))
def test_embeds_only_as_the_video_block(model, field):
    """An embed's HTML is the provider's, rendered as it comes: only the video block, whose
    providers are limited to those the CSP lets frame, may hold one."""
    for block, parent in blocks_with_parents(field.stream_block):
        if isinstance(block, EmbedBlock):
            assert isinstance(parent, VideoBlock), f"{model}.{field.name}: {parent}"


def test_rich_text_features_are_text_only():
    assert not {"embed", "image", "h1", "h2", "h3", "h4", "code", "hr"} & set(RICH_TEXT_FEATURES)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "https://twitter.com/someone/status/1",
        "https://www.flickr.com/photos/someone/1/",
        "https://example.org/video.html",
        "javascript:alert(1)",
    ],
)
def test_video_block_refuses_addresses_other_than_youtube_and_vimeo(url, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError(f"asked a provider about {url}")

    monkeypatch.setattr("requests.get", no_network)
    video = VideoBlock().child_blocks["video"]
    with pytest.raises(ValidationError):
        video.clean(video.to_python(url))


def test_video_providers_are_the_frames_the_csp_allows():
    endpoints = {
        provider["endpoint"]
        for finder in settings.WAGTAILEMBEDS_FINDERS
        for provider in finder["providers"]
    }
    assert endpoints == {
        "https://www.youtube.com/oembed",
        "https://www.vimeo.com/api/oembed.{format}",
    }
    assert {"https://www.youtube.com", "https://player.vimeo.com"} <= set(VIDEO_ORIGINS)


def test_rich_text_fields_use_the_restricted_features():
    for model in hub_models():
        for field in model._meta.get_fields():
            if isinstance(field, RichTextField):
                assert field.features is not None, f"{model}.{field.name}"
                assert set(field.features) <= set(RICH_TEXT_FEATURES), f"{model}.{field.name}"
