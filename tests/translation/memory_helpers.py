"""Building pages and translations for the translation memory tests."""

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import StandardPage


def add_page(parent, slug, intro, title=None):
    page = parent.add_child(
        instance=StandardPage(title=title or slug.title(), slug=slug, intro=intro)
    )
    page.save_revision().publish()
    return page


def start_translation(page, locale):
    """What "Translate this page" does: a source, a translation, the translated page."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return translation


def segment(translation, path):
    return StringSegment.objects.select_related("string", "context").get(
        source=translation.source, context__path=path
    )


def translated(translation, path):
    seg = segment(translation, path)
    return StringTranslation.objects.filter(
        translation_of=seg.string, locale=translation.target_locale, context=seg.context
    ).first()


def translate_by_hand(translation, path, text, user=None):
    seg = segment(translation, path)
    result, _created = StringTranslation.objects.update_or_create(
        translation_of=seg.string,
        locale=translation.target_locale,
        context=seg.context,
        defaults={
            "data": text,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": "",
            "last_translated_by": user,
        },
    )
    return result
