"""Each language's glossary in the admin: translators keep their own language's terms,
moderators every language's; the memory page shows the terms of each English sentence."""

import pytest
from django.urls import reverse

from translation.models import GlossaryTerm

from .memory_helpers import add_page, start_translation

KAZAKH_TRANSLATOR = "Translators: Kazakh"


@pytest.fixture
def terms(roles_set_up, locales):
    return {
        "kk": GlossaryTerm.objects.create(
            locale=locales["kk"], english="small grants", translation="шағын гранттар"
        ),
        "ru": GlossaryTerm.objects.create(
            locale=locales["ru"], english="small grants", translation="малые гранты"
        ),
    }


def edit_url(term):
    return reverse("wagtailsnippets_translation_glossaryterm:edit", args=[term.pk])


LIST_URL = reverse("wagtailsnippets_translation_glossaryterm:list")
ADD_URL = reverse("wagtailsnippets_translation_glossaryterm:add")


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def test_a_translator_lists_and_edits_their_own_language_only(client, terms, member_of):
    client.force_login(member_of(KAZAKH_TRANSLATOR))

    listing = client.get(LIST_URL).content.decode()
    assert "шағын гранттар" in listing
    assert "малые гранты" not in listing
    assert client.get(edit_url(terms["kk"])).status_code == 200
    assert refused(client.get(edit_url(terms["ru"])))
    response = client.post(
        edit_url(terms["ru"]),
        {"locale": terms["ru"].locale_id, "english": "small grants", "translation": "x"},
    )
    assert refused(response)
    terms["ru"].refresh_from_db()
    assert terms["ru"].translation == "малые гранты"
    delete = reverse("wagtailsnippets_translation_glossaryterm:delete", args=[terms["ru"].pk])
    assert refused(client.post(delete))
    assert GlossaryTerm.objects.filter(pk=terms["ru"].pk).exists()


def test_a_translator_adds_terms_in_their_language_only(client, terms, locales, member_of):
    client.force_login(member_of(KAZAKH_TRANSLATOR))

    offered = client.get(ADD_URL).context["form"].fields["locale"].queryset
    assert [locale.language_code for locale in offered] == ["kk"]
    client.post(
        ADD_URL, {"locale": locales["ru"].pk, "english": "mahalla", "translation": "махалля"}
    )
    assert not GlossaryTerm.objects.filter(english="mahalla").exists()
    response = client.post(
        ADD_URL, {"locale": locales["kk"].pk, "english": " mahalla ", "translation": "маһалла"}
    )
    assert response.status_code == 302
    assert GlossaryTerm.objects.get(english="mahalla").locale == locales["kk"]


def test_the_same_term_twice_in_a_language_is_refused(client, terms, locales, member_of):
    client.force_login(member_of(KAZAKH_TRANSLATOR))
    response = client.post(
        ADD_URL, {"locale": locales["kk"].pk, "english": "small grants", "translation": "x"}
    )
    assert response.status_code == 200
    assert GlossaryTerm.objects.filter(locale=locales["kk"]).count() == 1


def test_an_english_glossary_is_refused(client, terms, locales, member_of):
    client.force_login(member_of("Moderators"))
    response = client.post(
        ADD_URL, {"locale": locales["en"].pk, "english": "grant", "translation": "grant"}
    )
    assert response.status_code == 200
    assert not GlossaryTerm.objects.filter(english="grant").exists()


def test_moderators_keep_every_language_and_editors_none(client, terms, member_of):
    client.force_login(member_of("Moderators"))
    listing = client.get(LIST_URL).content.decode()
    assert "шағын гранттар" in listing and "малые гранты" in listing
    assert client.get(edit_url(terms["ru"])).status_code == 200

    client.force_login(member_of("Editors"))
    assert refused(client.get(LIST_URL))
    assert refused(client.get(reverse("hub_glossary_csv")))


def test_the_memory_page_shows_the_glossary_terms_of_each_sentence(
    client, terms, roles_set_up, locales, member_of
):
    page = add_page(roles_set_up["en"], "grants-info", "Small  Grants reach villages.")
    translation = start_translation(page, locales["kk"])
    GlossaryTerm.objects.create(locale=locales["kk"], english="village", translation="ауыл")
    client.force_login(member_of(KAZAKH_TRANSLATOR))

    response = client.get(reverse("hub_translation_memory", args=[translation.pk]))

    html = response.content.decode()
    assert 'data-glossary-term="small grants"' in html
    assert "шағын гранттар" in html
    assert "малые гранты" not in html
    # Whole words only: "villages" is not the term "village".
    assert 'data-glossary-term="village"' not in html
