"""A grantee's profile shows the newsroom's and the library's items about its work: sharing a
theme or its country, closest first, in the reader's language, never drafts."""

import pytest
from bs4 import BeautifulSoup

from tests.articles.factories import ArticlePageFactory, NewsPageFactory


def related_titles(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [title.get_text() for title in html.select(".grantee__related .card__title")]


def working_on(grantee, *themes):
    grantee.themes.set(themes)
    grantee.save_revision().publish()
    return grantee


@pytest.fixture
def newsroom_and_library(home_page):
    from tests.articles.factories import ArticleIndexPageFactory, NewsIndexPageFactory

    return NewsIndexPageFactory(parent=home_page), ArticleIndexPageFactory(parent=home_page)


@pytest.mark.django_db
def test_profile_lists_items_sharing_theme_and_country_first(
    client, programme, countries, themes, newsroom_and_library
):
    newsroom, library = newsroom_and_library
    housing, older = themes["fair-housing"], themes["older-people"]
    osh = working_on(programme["grantees"][0], housing, themes["green-technology"])  # in KG
    NewsPageFactory(
        parent=newsroom,
        title="Tenants in Osh",
        themes=[housing],
        countries=[countries["KG"]],
        publication_date="2019-01-01",
    )
    ArticlePageFactory(parent=library, title="Housing policy", themes=[housing])
    NewsPageFactory(
        parent=newsroom, title="Elders in Naryn", themes=[older], countries=[countries["KG"]]
    )
    ArticlePageFactory(parent=library, title="Unrelated", themes=[older])
    NewsPageFactory(parent=newsroom, title="Draft housing news", themes=[housing], live=False)

    titles = related_titles(client, osh)

    # Theme and country together first, although older; then the newest sharing either.
    assert titles[0] == "Tenants in Osh"
    assert set(titles) == {"Tenants in Osh", "Housing policy", "Elders in Naryn"}


@pytest.mark.django_db
def test_profile_without_related_items_has_no_empty_section(client, programme):
    html = BeautifulSoup(client.get(programme["grantees"][3].url).content, "html.parser")
    assert html.select_one(".grantee__related") is None


@pytest.mark.django_db
def test_related_items_cost_the_same_queries_for_few_and_many(
    client, programme, themes, newsroom_and_library, django_assert_max_num_queries
):
    newsroom, library = newsroom_and_library
    osh = working_on(programme["grantees"][0], themes["fair-housing"], themes["green-technology"])
    for size in (2, 20):
        for _ in range(size):
            NewsPageFactory(parent=newsroom, themes=[themes["fair-housing"]])
            ArticlePageFactory(parent=library, themes=[themes["green-technology"]])
        client.get(osh.url)  # renditions made once
        with django_assert_max_num_queries(34):
            titles = related_titles(client, osh)
        assert len(titles) == 3


@pytest.mark.django_db
def test_an_old_item_about_the_same_country_and_theme_still_comes_first(
    client, programme, countries, themes, newsroom_and_library
):
    _newsroom, library = newsroom_and_library
    housing = themes["fair-housing"]
    osh = working_on(programme["grantees"][0], housing)
    ArticlePageFactory(
        parent=library,
        title="Osh tenants in 2016",
        themes=[housing],
        countries=[countries["KG"]],
        publication_date="2016-01-01",
    )
    for number in range(12):
        ArticlePageFactory(parent=library, title=f"Housing {number}", themes=[housing])

    titles = related_titles(client, osh)

    assert titles[0] == "Osh tenants in 2016"
    assert titles[1:] == ["Housing 0", "Housing 1"]  # then the newest sharing the theme
