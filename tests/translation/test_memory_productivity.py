"""Words per language this month: by hand, from memory, by machine, still to translate."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from translation.productivity import words_by_language

from .memory_helpers import add_page, segment, start_translation, translate_by_hand, translated

INTRO = "Small grants for civil society organisations in the region."  # 9 words


@pytest.fixture
def month_of_work(roles_set_up, locales):
    english = roles_set_up["en"]
    first = start_translation(add_page(english, "about", INTRO, title="About us"), locales["kk"])
    translate_by_hand(first, "intro", "Қолмен аударылды.")
    second = start_translation(add_page(english, "more", INTRO, title="More"), locales["kk"])
    assert translated(second, "title") is None
    StringTranslation.objects.create(
        translation_of=segment(second, "title").string,
        locale=locales["kk"],
        context=segment(second, "title").context,
        data="Көбірек",
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    return first, second


def test_words_by_hand_from_memory_by_machine_and_waiting(month_of_work, locales):
    [kazakh, kyrgyz] = words_by_language([locales["kk"], locales["ky"]])
    # by hand: the first intro (9); from memory: the same intro on the second page (9);
    # by machine: "More" (1); waiting: "About us" (2).
    assert kazakh.words == {"by_hand": 9, "from_memory": 9, "by_machine": 1, "to_translate": 2}
    assert kyrgyz.words == dict.fromkeys(kazakh.words, 0)


def test_report_and_csv_show_a_translator_their_own_language(month_of_work, member_of, client):
    client.force_login(member_of("Translators: Kazakh"))
    url = reverse("hub_translation_productivity")
    assert 'data-locale="kk"' in client.get(url).content.decode()
    response = client.get(url, {"format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["language_code", "by_hand", "from_memory", "by_machine", "to_translate"],
        ["kk", "9", "9", "1", "2"],
    ]


def test_moderators_see_every_language_editors_none(month_of_work, member_of, client):
    client.force_login(member_of("Moderators"))
    response = client.get(reverse("hub_translation_productivity"), {"format": "csv"})
    assert len(response.content.decode().strip().splitlines()) == 8
    client.force_login(member_of("Editors"))
    response = client.get(reverse("hub_translation_productivity"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
