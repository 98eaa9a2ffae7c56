"""DeepL follows each language's glossary: the glossary is created on DeepL for the pair
once, reused, recreated when its terms change, and sent with the strings; pairs DeepL has
no glossaries for, and failures of DeepL's glossary endpoints, translate without it.

DeepL's HTTP API is a recording at the requests layer (``responses``): the JSON bodies are
the ones DeepL's API reference documents. No request leaves the machine.
"""

import json
from urllib.parse import parse_qs

import pytest
import responses
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import apply_machine_translation

from translation.deepl import GlossaryDeepLTranslator
from translation.models import GlossaryTerm

from .memory_helpers import add_page, segment, start_translation

API = "https://api-free.deepl.com/v2"
DEEPL = {
    "CLASS": "translation.deepl.GlossaryDeepLTranslator",
    "OPTIONS": {"AUTH_KEY": "test-key:fx"},
}
# An excerpt of GET /v2/glossary-language-pairs: English to Russian, no Central Asian
# language.
PAIRS = {
    "supported_languages": [
        {"source_lang": "en", "target_lang": "de"},
        {"source_lang": "en", "target_lang": "ru"},
        {"source_lang": "ru", "target_lang": "en"},
    ]
}
INTRO = "Small grants reach villages."


def created(glossary_id, name):
    return {
        "glossary_id": glossary_id,
        "name": name,
        "ready": True,
        "source_lang": "en",
        "target_lang": "ru",
        "creation_time": "2026-12-05T11:00:00.000000Z",
        "entry_count": 2,
    }


def translated(request):
    """DeepL's /v2/translate: each text back, marked, so the test sees it came from here."""
    texts = parse_qs(request.body)["text"]
    body = {
        "translations": [{"detected_source_language": "EN", "text": f"[DeepL] {t}"} for t in texts]
    }
    return 200, {}, json.dumps(body)


@pytest.fixture
def deepl():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.get(f"{API}/glossary-language-pairs", json=PAIRS)
        api.add_callback(responses.POST, f"{API}/translate", callback=translated)
        yield api


def sent(api, method, path):
    return [
        call.request
        for call in api.calls
        if call.request.method == method and call.request.url.startswith(f"{API}{path}")
    ]


def form(request):
    return {key: values[0] for key, values in parse_qs(request.body).items()}


@pytest.fixture
def russian_terms(locales):
    for english, russian in [("small grants", "малые гранты"), ("village", "село")]:
        GlossaryTerm.objects.create(locale=locales["ru"], english=english, translation=russian)
    return locales


def translate(locales, code, text=INTRO):
    translator = GlossaryDeepLTranslator(DEEPL["OPTIONS"])
    return translator.translate(locales["en"], locales[code], [StringValue(text)])


def test_the_glossary_is_created_once_and_sent_with_the_strings(deepl, russian_terms):
    deepl.get(f"{API}/glossaries", json={"glossaries": []})
    deepl.post(f"{API}/glossaries", json=created("g-1", "hub glossary en-ru x"))

    result = translate(russian_terms, "ru")
    translate(russian_terms, "ru")

    assert [value.data for value in result.values()] == [f"[DeepL] {INTRO}"]
    (creation,) = sent(deepl, "POST", "/glossaries")
    body = form(creation)
    assert body["source_lang"] == "en" and body["target_lang"] == "ru"
    assert body["entries_format"] == "tsv"
    assert body["entries"] == "small grants\tмалые гранты\nvillage\tсело"
    assert body["name"].startswith("hub glossary en-ru ")
    assert creation.headers["Authorization"] == "DeepL-Auth-Key test-key:fx"
    requests = sent(deepl, "POST", "/translate")
    assert [form(request)["glossary_id"] for request in requests] == ["g-1", "g-1"]
    assert form(requests[0])["source_lang"] == "EN"


def test_a_changed_glossary_is_recreated_and_the_old_one_deleted(deepl, russian_terms):
    deepl.get(f"{API}/glossaries", json={"glossaries": []})
    deepl.post(f"{API}/glossaries", json=created("g-1", "first"))
    translate(russian_terms, "ru")
    first_name = form(sent(deepl, "POST", "/glossaries")[0])["name"]

    GlossaryTerm.objects.filter(english="village").update(translation="деревня")
    deepl.replace(
        responses.GET,
        f"{API}/glossaries",
        json={"glossaries": [created("g-1", first_name)]},
    )
    deepl.replace(responses.POST, f"{API}/glossaries", json=created("g-2", "second"))
    deepl.delete(f"{API}/glossaries/g-1", status=204)
    translate(russian_terms, "ru")

    creations = sent(deepl, "POST", "/glossaries")
    assert len(creations) == 2
    assert form(creations[1])["entries"].endswith("village\tдеревня")
    assert form(creations[1])["name"] != first_name
    assert len(sent(deepl, "DELETE", "/glossaries/g-1")) == 1
    assert form(sent(deepl, "POST", "/translate")[-1])["glossary_id"] == "g-2"


def test_a_glossary_deepl_already_holds_is_reused(deepl, russian_terms):
    """Another server process (or a restart) finds the glossary by its name."""
    deepl.get(f"{API}/glossaries", json={"glossaries": []})
    deepl.post(f"{API}/glossaries", json=created("g-1", "first"))
    translate(russian_terms, "ru")
    name = form(sent(deepl, "POST", "/glossaries")[0])["name"]
    cache.clear()
    deepl.replace(responses.GET, f"{API}/glossaries", json={"glossaries": [created("g-1", name)]})
    translate(russian_terms, "ru")

    assert len(sent(deepl, "POST", "/glossaries")) == 1
    assert form(sent(deepl, "POST", "/translate")[-1])["glossary_id"] == "g-1"


def test_a_pair_without_deepl_glossaries_translates_without_one(deepl, locales):
    GlossaryTerm.objects.create(locale=locales["kk"], english="village", translation="ауыл")

    result = translate(locales, "kk")

    assert [value.data for value in result.values()] == [f"[DeepL] {INTRO}"]
    assert sent(deepl, "POST", "/glossaries") == []
    assert "glossary_id" not in form(sent(deepl, "POST", "/translate")[0])


def test_a_language_without_terms_asks_deepl_nothing_about_glossaries(deepl, locales):
    translate(locales, "ru")

    assert [call.request.url for call in deepl.calls] == [f"{API}/translate"]


def test_a_failing_glossary_endpoint_translates_without_the_glossary(deepl, russian_terms):
    deepl.get(f"{API}/glossaries", json={"message": "Internal error"}, status=500)

    result = translate(russian_terms, "ru")

    assert [value.data for value in result.values()] == [f"[DeepL] {INTRO}"]
    assert "glossary_id" not in form(sent(deepl, "POST", "/translate")[0])


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DEEPL)
def test_the_translation_editors_machine_translation_uses_the_glossary(
    deepl, russian_terms, home_page, client
):
    deepl.get(f"{API}/glossaries", json={"glossaries": []})
    deepl.post(f"{API}/glossaries", json=created("g-1", "first"))
    translation = start_translation(add_page(home_page, "grants-info", INTRO), russian_terms["ru"])
    client.force_login(get_user_model().objects.create_superuser("root", password="secret"))

    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )

    assert response.status_code == 302
    seg = segment(translation, "intro")
    saved = StringTranslation.objects.get(translation_of=seg.string, locale=russian_terms["ru"])
    assert saved.data == f"[DeepL] {INTRO}"
    assert all(form(r)["glossary_id"] == "g-1" for r in sent(deepl, "POST", "/translate"))


def test_the_dummy_translator_ignores_the_glossary(russian_terms, home_page):
    """The test settings' translator: no HTTP at all (``responses`` would refuse it)."""
    translator = get_machine_translator()
    assert type(translator).__name__ == "DummyTranslator"
    with responses.RequestsMock():
        translation = start_translation(add_page(home_page, "info", INTRO), russian_terms["ru"])
        root = get_user_model().objects.create_superuser("root", password="secret")
        assert apply_machine_translation(translation.pk, root, translator)
    saved = StringTranslation.objects.get(
        translation_of=segment(translation, "intro").string, locale=russian_terms["ru"]
    )
    assert saved.data and saved.data != INTRO
