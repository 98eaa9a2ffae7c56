"""Who sees and uses the translation memory of which language: translators their own,
moderators and superusers every language, other roles none."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from translation import roles
from translation.models import MemoryMatch

from .memory_helpers import add_page, segment, start_translation, translate_by_hand, translated

TARGETS = [code for code, _name in settings.LANGUAGES if code != "en"]
INTRO = "Small grants for civil society organisations in the region."
NEAR = "Small grants for civil society organisations in the regions."


def expected_languages(role):
    if role == roles.MODERATORS:
        return set(TARGETS)
    if role.startswith("Translators: "):
        return {code for code in TARGETS if roles.translator_group_name(code) == role}
    return set()


@pytest.fixture
def memory_pages(roles_set_up, locales):
    """A page translated by hand into every language, and a near copy of it waiting for
    translation: {language: translation of the near copy}."""
    english = roles_set_up["en"]
    first = add_page(english, "about", INTRO)
    second = add_page(english, "grants-info", NEAR)
    waiting = {}
    for code in TARGETS:
        translate_by_hand(start_translation(first, locales[code]), "intro", f"{code}: {INTRO}")
        waiting[code] = start_translation(second, locales[code])
    return waiting


ROLES = [role.name for role in roles.roles()]


def outcome(response):
    """ "refused" when the admin turned the request away (Wagtail redirects a denied
    request to the dashboard with a message), else the status code."""
    if response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    ):
        return "refused"
    return response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_each_role_sees_the_memory_of_its_languages_only(role, memory_pages, member_of, client):
    client.force_login(member_of(role))
    allowed = expected_languages(role)
    for code, translation in memory_pages.items():
        url = reverse("hub_translation_memory", args=[translation.pk])
        response = client.get(url)
        assert outcome(response) == (200 if code in allowed else "refused"), (role, code)
        if code in allowed:
            assert f"{code}: {INTRO}" in response.content.decode()
        seg = segment(translation, "intro")
        response = client.post(url, {"segment": seg.pk, "text": "x", "similarity": "0.9"})
        assert outcome(response) == (302 if code in allowed else "refused"), (role, code)
        assert (translated(translation, "intro") is not None) == (code in allowed)


def test_superuser_uses_every_language(memory_pages, client):
    client.force_login(get_user_model().objects.create_superuser("root", password="secret"))
    for translation in memory_pages.values():
        url = reverse("hub_translation_memory", args=[translation.pk])
        assert client.get(url).status_code == 200


def test_using_a_suggestion_saves_it_as_from_memory(memory_pages, member_of, client):
    client.force_login(member_of("Translators: Kazakh"))
    translation = memory_pages["kk"]
    url = reverse("hub_translation_memory", args=[translation.pk])
    page = client.get(url).content.decode()
    assert "kk: " + INTRO in page
    assert "ru: " + INTRO not in page
    seg = segment(translation, "intro")
    client.post(url, {"segment": seg.pk, "text": f"kk: {INTRO}", "similarity": "0.98"})
    saved = translated(translation, "intro")
    assert saved.data == f"kk: {INTRO}"
    assert saved.memory_match.kind == MemoryMatch.FUZZY
    assert saved.memory_match.similarity == pytest.approx(0.98)
    assert 'data-memory="fuzzy"' in client.get(url).content.decode()


def test_translation_status_links_to_the_memory(memory_pages, member_of, client):
    client.force_login(member_of("Translators: Kazakh"))
    response = client.get(reverse("hub_translation_status"), {"locale": "kk"})
    memory_url = reverse("hub_translation_memory", args=[memory_pages["kk"].pk])
    assert memory_url in response.content.decode()
    response = client.get(reverse("hub_translation_status"), {"locale": "ru"})
    assert "/admin/translation-memory/" not in response.content.decode()


def test_translate_this_page_fills_from_memory(memory_pages, roles_set_up, member_of, client):
    """The admin's "Translate this page" form, as a Kazakh translator uses it."""
    client.force_login(member_of("Translators: Kazakh"))
    kazakh = memory_pages["kk"].target_locale
    page = add_page(roles_set_up["en"], "third", INTRO)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [kazakh.pk]},
    )
    assert response.status_code == 302
    assert page.get_translation(kazakh).specific.intro == f"kk: {INTRO}"


def test_explorer_menu_offers_the_memory_in_own_language(memory_pages, member_of, client):
    client.force_login(member_of("Translators: Kazakh"))
    kazakh_home = memory_pages["kk"].get_target_instance().get_parent()
    response = client.get(reverse("wagtailadmin_explore", args=[kazakh_home.pk]))
    assert response.status_code == 200
    memory_url = reverse("hub_translation_memory", args=[memory_pages["kk"].pk])
    assert memory_url in response.content.decode()


def test_memory_page_shows_fills_near_matches_and_previous_translations(
    memory_pages, roles_set_up, locales, member_of, client
):
    client.force_login(member_of("Translators: Kazakh"))
    english = roles_set_up["en"]
    page = add_page(english, "third", INTRO, title="Third")
    translation = start_translation(page, locales["kk"])
    url = reverse("hub_translation_memory", args=[translation.pk])
    html = client.get(url).content.decode()
    assert 'data-memory="exact"' in html
    page.intro = INTRO.replace("Small", "Tiny")
    page.save_revision().publish()
    translation.source.update_from_db()
    html = client.get(url).content.decode()
    assert 'data-origin="previous"' in html
    assert "before the English changed" in html
    assert f'value="kk: {INTRO}"' in html
    near = start_translation(
        add_page(english, "near", NEAR.replace("Small", "Tiny")), locales["kk"]
    )
    html = client.get(reverse("hub_translation_memory", args=[near.pk])).content.decode()
    assert 'data-origin="memory"' in html
    assert "% similar" in html
