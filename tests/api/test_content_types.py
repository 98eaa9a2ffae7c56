"""Library articles, news and courses in the API: nested taxonomy, authors, syllabus, and
listings that cost the same number of queries for 3 or 15 pages."""

import pytest

from tests.academy.factories import CourseIndexPageFactory, CoursePageFactory
from tests.api.conftest import api_get
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import CountryFactory, ImageFactory, PersonFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def build(home_page, count):
    library = ArticleIndexPageFactory(parent=home_page)
    newsroom = NewsIndexPageFactory(parent=home_page)
    academy = CourseIndexPageFactory(parent=home_page)
    theme = ThemeFactory(name="Fair housing", slug="fair-housing")
    country = CountryFactory(name="Kyrgyzstan", iso_code="KG")
    for number in range(count):
        author = PersonFactory(photo=ImageFactory())
        ArticlePageFactory(
            parent=library,
            hero_image=ImageFactory(),
            hero_image_alt="A photo",
            themes=[theme],
            countries=[country],
            authors=[author],
            tags=["housing", f"tag-{number}"],
        )
        NewsPageFactory(parent=newsroom, themes=[theme], authors=[author])
        course = CoursePageFactory(
            parent=academy, themes=[theme], cover_image=ImageFactory(), cover_image_alt="Class"
        )
        course.instructors.create(person=author)
        course.save_revision().publish()


def test_article_shows_authors_taxonomy_and_tags_as_objects(client, home_page):
    build(home_page, 1)

    item = api_get(client, "/api/v2/pages/", type="articles.ArticlePage", fields="*").json()
    article = item["items"][0]

    assert article["themes"][0]["slug"] == "fair-housing"
    assert article["countries"][0]["iso_code"] == "KG"
    person = article["authors"][0]["person"]
    assert set(person["photo"]["renditions"]) == {"thumbnail", "medium", "large"}
    assert sorted(article["tags"]) == ["housing", "tag-0"]
    assert article["hero_image"]["alt"]


def test_course_shows_syllabus_instructors_and_no_registrations(client, home_page):
    build(home_page, 1)

    listing = api_get(client, "/api/v2/pages/", type="academy.CoursePage", fields="*").json()
    course = listing["items"][0]

    assert course["syllabus"] and course["syllabus"][0]["type"]
    assert course["instructors"][0]["person"]["name"]
    assert course["cover_image"]["renditions"]["large"]["url"].startswith("http")
    assert "registrations" not in course


@pytest.mark.parametrize("count", [3, 15])
@pytest.mark.parametrize(
    "page_type", ["articles.ArticlePage", "articles.NewsPage", "academy.CoursePage"]
)
def test_listings_with_all_fields_are_constant(
    client, home_page, count, page_type, django_assert_max_num_queries
):
    build(home_page, count)
    params = {"type": page_type, "fields": "*", "limit": 20}
    api_get(client, "/api/v2/pages/", **params)

    with django_assert_max_num_queries(12):  # the API's budget (docs/architecture.md)
        response = api_get(client, "/api/v2/pages/", **params)

    assert len(response.json()["items"]) == count


def test_every_content_type_matches_its_openapi_schema(client, home_page):
    from api.openapi import build_document
    from tests.api.test_openapi import conforms

    build(home_page, 1)
    document = build_document()
    for page_type in ("articles.ArticlePage", "articles.NewsPage", "academy.CoursePage"):
        items = api_get(client, "/api/v2/pages/", type=page_type, fields="*").json()["items"]
        schema = "Page_" + page_type.replace(".", "_")
        for item in items:
            conforms(document, schema, item)
            conforms(document, schema, api_get(client, f"/api/v2/pages/{item['id']}/").json())
