"""Translators change translatable snippets in their own language only, in Wagtail's snippet
views and in wagtail-localize's translation editor."""

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import resolve, reverse
from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from core.models import Theme
from tests.factories import ThemeFactory
from translation import locale_permissions

KAZAKH_TRANSLATOR = "Translators: Kazakh"


@pytest.fixture
def theme(roles_set_up, locales):
    """An English theme translated into Kazakh and Russian with wagtail-localize."""
    english = ThemeFactory(name="Fair housing", slug="fair-housing", description="Homes.")
    translate_object(english, [locales["kk"], locales["ru"]])
    return {
        code: Theme.objects.get(slug="fair-housing", locale__language_code=code)
        for code in ("en", "kk", "ru")
    }


def edit_url(theme):
    return reverse("wagtailsnippets_hub_theme:edit", args=[theme.pk])


def translation_into(theme, code):
    return Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(theme["en"]),
        target_locale__language_code=code,
    )


def test_kazakh_translator_opens_the_kazakh_theme_but_not_the_russian_one(client, theme, member_of):
    client.force_login(member_of(KAZAKH_TRANSLATOR))

    assert client.get(edit_url(theme["kk"])).status_code == 200
    refused = client.get(edit_url(theme["ru"]))
    assert refused.status_code in (302, 403)
    assert refused.status_code == 403 or refused.url == reverse("wagtailadmin_home")


def test_kazakh_translator_cannot_change_english_or_delete_any_theme(client, theme, member_of):
    client.force_login(member_of(KAZAKH_TRANSLATOR))

    assert client.get(edit_url(theme["en"])).status_code == 302
    delete = reverse("wagtailsnippets_hub_theme:delete", args=[theme["kk"].pk])
    assert client.post(delete).status_code == 302
    assert Theme.objects.filter(pk=theme["kk"].pk).exists()
    add_russian = reverse("wagtailsnippets_hub_theme:add") + "?locale=ru"
    assert client.get(add_russian).status_code == 302


def test_editors_change_english_themes_and_moderators_every_language(client, theme, member_of):
    client.force_login(member_of("Editors"))
    assert client.get(edit_url(theme["en"])).status_code == 200
    assert client.get(edit_url(theme["kk"])).status_code == 302
    response = client.post(
        edit_url(theme["en"]),
        {"name": "Fair and affordable housing", "slug": "fair-housing", "description": "Homes."},
    )
    assert response.status_code == 302
    theme["en"].refresh_from_db()
    assert theme["en"].name == "Fair and affordable housing"

    client.force_login(member_of("Moderators"))
    assert client.get(edit_url(theme["ru"])).status_code == 200
    assert client.get(edit_url(theme["kk"])).status_code == 200


def test_kazakh_translator_edits_only_kazakh_strings_in_the_translation_editor(
    client, theme, member_of
):
    client.force_login(member_of(KAZAKH_TRANSLATOR))
    segment = StringSegment.objects.get(
        source=translation_into(theme, "kk").source, context__path="name"
    )

    def put(code):
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation_into(theme, code).pk, segment.pk],
        )
        body = encode_multipart(BOUNDARY, {"value": "Әділ тұрғын үй"})
        return client.put(url, body, content_type=MULTIPART_CONTENT)

    assert put("ru").status_code in (302, 403)
    assert put("kk").status_code == 201

    # Publishing the Kazakh translation from the snippet's translation editor.
    response = client.post(edit_url(theme["kk"]), {"action": "publish"})
    assert response.status_code == 302
    theme["kk"].refresh_from_db()
    theme["ru"].refresh_from_db()
    assert theme["kk"].name == "Әділ тұрғын үй"
    assert theme["ru"].name == "Fair housing"


def test_kazakh_translator_may_submit_snippets_for_translation_into_kazakh_only(
    client, roles_set_up, member_of
):
    english = ThemeFactory(name="Green technology", slug="green-technology")
    client.force_login(member_of(KAZAKH_TRANSLATOR))
    url = reverse("wagtail_localize:submit_snippet_translation", args=["hub", "theme", english.pk])

    offered = client.get(url).context["form"].fields["locales"].queryset
    assert [locale.language_code for locale in offered] == ["kk"]
    russian = Locale.objects.get(language_code="ru")
    client.post(url, {"locales": [russian.pk]})
    assert not Theme.objects.filter(slug="green-technology", locale=russian).exists()
    client.post(url, {"locales": [Locale.objects.get(language_code="kk").pk]})
    assert Theme.objects.filter(slug="green-technology", locale__language_code="kk").exists()


def test_scoped_views_shadow_wagtail_localizes_own():
    """The scoped views answer wagtail-localize's URLs (registered ahead of its own)."""
    for name, args in [
        ("wagtail_localize:edit_string_translation", [1, 1]),
        ("wagtail_localize:download_pofile", [1]),
        ("wagtail_localize:machine_translate", [1]),
        ("wagtail_localize:submit_snippet_translation", ["hub", "theme", 1]),
        ("wagtail_localize:submit_page_translation", [1]),
        ("wagtail_localize:update_translations", [1]),
    ]:
        func = resolve(reverse(name, args=args)).func
        view_class = getattr(func, "view_class", None)
        assert getattr(func, "locale_scoped", False) or (
            view_class.__module__ == locale_permissions.__name__
        ), name


def test_taxonomy_uses_the_locale_scoped_policy():
    for model in (Theme,):
        assert isinstance(
            policy_registry.get_by_type(model), locale_permissions.LocaleScopedPermissionPolicy
        )
