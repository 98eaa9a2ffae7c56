"""The catalogue: filters with counts, sorting, pages, learner totals, bad input, queries."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ImageFactory, ThemeFactory

from .factories import CourseIndexPageFactory, CoursePageFactory, CourseRegistrationFactory


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return [a.get_text() for a in html.select(".course-card .card__title a")]


def facet_counts(html, legend):
    """{option label: count} of one filter group."""
    for fieldset in html.select(".filters fieldset"):
        if fieldset.legend.get_text() == legend:
            return {
                li.a.get_text(): int(li.select_one(".filter-count").get_text().strip("()"))
                for li in fieldset.select("li")
                if li.a
            }
    return {}


@pytest.fixture
def themes(locales):
    return {
        "housing": ThemeFactory(name="Fair housing", slug="fair-housing"),
        "green": ThemeFactory(name="Green technology", slug="green-technology"),
    }


# name: (title, level, format, weeks, theme keys), in order of publication
COURSES = {
    "budgets": ("Budgets", "beginner", "self-paced", 3, ["housing"]),
    "advocacy": ("Advocacy", "beginner", "tutor-led", 6, ["housing", "green"]),
    "solar": ("Solar heaters", "intermediate", "tutor-led", 8, ["green"]),
    "evaluation": ("Evaluation", "advanced", "self-paced", 12, []),
}


@pytest.fixture
def courses(academy, themes):
    """Four live courses spread over levels, formats, durations and themes, and a draft."""
    made = {
        name: CoursePageFactory(
            parent=academy,
            title=title,
            level=level,
            format=course_format,
            duration_weeks=weeks,
            themes=[themes[key] for key in theme_keys],
        )
        for name, (title, level, course_format, weeks, theme_keys) in COURSES.items()
    }
    made["draft"] = CoursePageFactory(parent=academy, title="Draft course", live=False)
    return made


@pytest.mark.django_db
def test_lists_live_courses_newest_first_and_a_to_z(client, courses):
    html = soup(client.get("/en/academy/"))
    assert titles(html) == ["Evaluation", "Solar heaters", "Advocacy", "Budgets"]
    assert html.select_one(".result-count").get_text() == "4 courses"
    html = soup(client.get("/en/academy/?sort=title"))
    assert titles(html) == ["Advocacy", "Budgets", "Evaluation", "Solar heaters"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=fair-housing", ["Advocacy", "Budgets"]),
        ("level=beginner", ["Advocacy", "Budgets"]),
        ("format=tutor-led", ["Solar heaters", "Advocacy"]),
        ("duration=short", ["Budgets"]),
        ("duration=medium", ["Solar heaters", "Advocacy"]),
        ("duration=long", ["Evaluation"]),
        ("theme=green-technology&level=beginner", ["Advocacy"]),
        ("level=advanced&format=tutor-led", []),
    ],
)
def test_filters_combine(client, courses, query, expected):
    html = soup(client.get(f"/en/academy/?{query}"))
    assert titles(html) == expected
    if not expected:
        assert "No course matches" in html.select_one(".catalogue-empty").get_text()


@pytest.mark.django_db
def test_each_option_shows_its_count_respecting_the_other_filters(client, courses):
    html = soup(client.get("/en/academy/"))
    assert facet_counts(html, "Level") == {"Beginner": 2, "Intermediate": 1, "Advanced": 1}
    assert facet_counts(html, "Theme") == {"Fair housing": 2, "Green technology": 2}
    assert facet_counts(html, "Duration") == {
        "Up to 4 weeks": 1,
        "5 to 8 weeks": 2,
        "9 weeks or more": 1,
    }
    html = soup(client.get("/en/academy/?level=beginner"))
    # The level facet ignores its own selection; the others count beginner courses only.
    assert facet_counts(html, "Level") == {"Beginner": 2, "Intermediate": 1, "Advanced": 1}
    assert facet_counts(html, "Format") == {"Self-paced": 1, "Tutor-led": 1}
    assert facet_counts(html, "Theme") == {"Fair housing": 2, "Green technology": 1}
    assert facet_counts(html, "Language") == {"English": 2}
    chips = [chip.get_text(" ", strip=True) for chip in html.select(".chips .chip")]
    assert chips == ["Remove filter: Level: Beginner"]


@pytest.mark.django_db
def test_option_links_keep_the_other_filters_and_reset_the_page(client, courses):
    html = soup(client.get("/en/academy/?level=beginner&sort=title&page=2"))
    link = html.find("a", string="Tutor-led")["href"]
    assert link == "/en/academy/?level=beginner&sort=title&format=tutor-led"
    selected = html.find("a", attrs={"aria-current": "true"}, string="Beginner")["href"]
    assert selected == "/en/academy/?sort=title"


@pytest.mark.django_db
def test_language_filter_counts_real_translations(client, courses, locales):
    kazakh = courses["solar"].copy_for_translation(locales["kk"], copy_parents=True)
    kazakh.save_revision().publish()
    courses["budgets"].copy_for_translation(locales["ru"], copy_parents=True, alias=True)
    html = soup(client.get("/en/academy/"))
    assert facet_counts(html, "Language") == {"English": 4, "Қазақша": 1}
    assert titles(soup(client.get("/en/academy/?language=kk"))) == ["Solar heaters"]
    card = soup(client.get("/en/academy/?language=kk")).select_one(".course-card")
    assert "English, Қазақша" in card.get_text()


@pytest.mark.django_db
def test_learner_counts_cover_every_language_copy(client, courses, locales):
    solar = courses["solar"]
    russian = solar.copy_for_translation(locales["ru"], copy_parents=True, alias=True)
    CourseRegistrationFactory.create_batch(3, course=solar)
    CourseRegistrationFactory(course=russian, email="ru@example.org")
    CourseRegistrationFactory(course=courses["budgets"], email="ru@example.org")
    html = soup(client.get("/en/academy/?format=tutor-led&level=intermediate"))
    assert "4 learners registered" in html.select_one(".course-card").get_text()
    # Five registrations by four people.
    assert html.select_one(".catalogue-total").get_text() == "4 learners registered so far"


@pytest.mark.django_db
def test_twelve_a_page(client, academy):
    CoursePageFactory.create_batch(14, parent=academy)
    assert len(titles(soup(client.get("/en/academy/")))) == 12
    html = soup(client.get("/en/academy/?page=2"))
    assert len(titles(html)) == 2
    assert "Page 2 of 2" in html.select_one(".pagination").get_text()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=99999",
        "page=-1",
        "level=<script>alert(1)</script>",
        "theme=%3Cb%3Ebold%3C%2Fb%3E",
        "theme=unknown-theme",
        "language=xx",
        "duration=forever",
        "sort=<i>x</i>",
        "format=self-paced&format=<script>",
        "q=%00%01",
    ],
)
def test_bad_input_gives_a_normal_page_without_reflecting_markup(client, courses, query):
    response = client.get(f"/en/academy/?{query}")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body and "<b>bold" not in body and "<i>x" not in body
    assert titles(BeautifulSoup(body, "html.parser"))


def make_catalogue(academy, count, themes):
    image = ImageFactory()
    for number in range(count):
        course = CoursePageFactory(
            parent=academy, cover_image=image, cover_image_alt="A picture", themes=themes
        )
        CourseRegistrationFactory(course=course, email=f"learner{number}@example.org")


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 30])
def test_constant_queries_whatever_the_number_of_courses(
    client, home_page, themes, count, django_assert_max_num_queries
):
    academy = CourseIndexPageFactory(parent=home_page)
    make_catalogue(academy, count, list(themes.values()))
    url = "/en/academy/?level=beginner&theme=fair-housing"
    assert len(titles(soup(client.get(url)))) == min(count, 12)  # renditions made once
    with django_assert_max_num_queries(26):
        assert len(titles(soup(client.get(url)))) == min(count, 12)
