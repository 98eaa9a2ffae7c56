"""Generated input against the HTML forms and query-string filters: never a server error, and
nothing a visitor sends comes back as markup.

The JSON endpoints have their own generated tests (schemathesis, ``tests/api/test_openapi.py``);
these cover the pages. Each value may carry a marker that is harmless when escaped and
dangerous when not (``<fz1>``, ``"fz1``, ``'fz1``): finding a marker raw in a response is a
reflection. Bounded and derandomised, so a run is quick and a failure repeats.
"""

import string
from decimal import Decimal
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.models import SiteSettings
from tests.academy.factories import CourseIndexPageFactory, CoursePageFactory
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import CountryFactory, StandardPageFactory, ThemeFactory
from tests.grants.factories import GrantsIndexPageFactory, add_grantee

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MARKERS = ("<fz", '"fz', "'fz")

marker = st.builds(
    lambda before, quote, tag, after: f"{before}{quote}fz{tag}>{after}",
    st.text(max_size=8),
    st.sampled_from(["<", '"', "'", '"><', "'><"]),
    st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=4),
    st.text(max_size=8),
)
hostile = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "1e9",
        "99999999999999999999999",
        "%",
        "%00",
        "\x00",
        "\\",
        "'; DROP TABLE wagtailcore_page; --",
        "../../etc/passwd",
        "ǅ" * 300,
        "a" * 5000,
        "💧",
        "\u202e",
    ]
)


def value(*valid):
    """What a visitor may send for one parameter: a real value, junk, or a marker."""
    options = [st.text(max_size=40), hostile, marker]
    if valid:
        options.append(st.sampled_from(valid))
    return st.one_of(*options)


def query(parameters):
    """A list of (name, value) pairs: known names with their values, repeated or not, and
    unknown names."""
    known = [st.tuples(st.just(name), value(*valid)) for name, valid in parameters.items()]
    unknown = st.tuples(st.text(max_size=12), value())
    return st.lists(st.one_of(*known, unknown), max_size=6)


def raw_markers(sent, body):
    """The markers of the sent values that appear unescaped in the response."""
    found = []
    for item in sent:
        for start in MARKERS:
            position = item.find(start)
            if position >= 0:
                token = item[position : item.index(">", position)]
                if token in body:
                    found.append(token)
    return found


def assert_answers_safely(response, sent):
    assert response.status_code < 500, (response.status_code, sent)
    if response.get("Content-Type", "").startswith("text/html"):
        body = response.content.decode()
        assert raw_markers(sent, body) == [], sent


def get(client, path, pairs):
    response = client.get(f"{path}?{urlencode(pairs)}", follow=True)
    assert_answers_safely(response, [item for pair in pairs for item in pair])
    return response


@pytest.fixture
def site(home_page, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMIT = (1_000_000, 600)
    settings.LOGIN_FAILURE_LIMIT = 1_000_000
    settings.PAGE_CACHE_ENABLED = False
    theme = ThemeFactory(name="Water", slug="water")
    country = CountryFactory(name="Kyrgyzstan", iso_code="KG")
    library = ArticleIndexPageFactory(parent=home_page)
    news = NewsIndexPageFactory(parent=home_page)
    for index, factory in ((library, ArticlePageFactory), (news, NewsPageFactory)):
        for number in range(3):
            item = factory(parent=index, slug=f"item-{number}")
            item.themes.set([theme])
            item.countries.set([country])
            item.tags.add("wells")
            item.save_revision().publish()
    privacy = StandardPageFactory(parent=home_page, title="Privacy", slug="privacy")
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.privacy_page = privacy
    site_settings.save()
    academy = CourseIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=academy, title="Grant writing", slug="grant-writing")
    course.themes.set([theme])
    grants = GrantsIndexPageFactory(parent=home_page)
    add_grantee(grants, country, [(theme, "5000.00", 2019)], title="Osh Water Users")
    add_grantee(
        grants,
        country,
        [(theme, "2500.50", 2021)],
        title="Naryn Elders",
        city="Naryn",
        latitude=Decimal("41.4287"),
        longitude=Decimal("75.9911"),
    )
    return {"course": course}


PUBLICATION_FILTERS = {
    "kind": ("analysis", "policy", "resource", "essay"),
    "theme": ("water",),
    "country": ("KG", "kg"),
    "tag": ("wells",),
    "year": ("2021", "2020"),
    "page": ("1", "2"),
}


@FUZZ
@given(pairs=query(PUBLICATION_FILTERS), section=st.sampled_from(["library", "news"]))
def test_library_and_news_filters(client, site, pairs, section):
    get(client, f"/en/{section}/", pairs)


@FUZZ
@given(
    pairs=query(
        {
            "theme": ("water",),
            "level": ("beginner", "intermediate", "advanced"),
            "format": ("self-paced", "tutor-led"),
            "language": ("en", "ru"),
            "duration": ("short", "medium", "long"),
            "sort": ("newest", "title"),
            "page": ("1", "2"),
        }
    )
)
def test_academy_catalogue_filters(client, site, pairs):
    get(client, "/en/academy/", pairs)


@FUZZ
@given(pairs=query({"country": ("KG",), "theme": ("water",), "year": ("2019",), "page": ("1",)}))
def test_grants_filters(client, site, pairs):
    get(client, "/en/grants/", pairs)


@FUZZ
@given(
    pairs=query(
        {
            "q": ("water", "wells", "Osh"),
            "type": ("news", "article", "course", "grantee"),
            "country": ("KG",),
            "theme": ("water",),
            "year": ("2019", "2021"),
            "page": ("1", "2"),
        }
    )
)
def test_search_page_parameters(client, site, pairs):
    get(client, "/en/search/", pairs)


registration_fields = st.fixed_dictionaries(
    {},
    optional={
        "name": value("Aida Bekova"),
        "email": value("aida@example.org", "AIDA@example.org"),
        "country": value("KG", "other"),
        "organisation": value("Naryn Youth Centre"),
        "role": value("ngo-staff", "volunteer"),
        "consent": value("on"),
        "homepage": value(""),
    },
)


@FUZZ
@given(fields=registration_fields)
def test_course_registration_form(client, site, fields):
    response = client.post("/en/academy/grant-writing/", fields, follow=True)
    assert_answers_safely(response, list(fields.values()))


@FUZZ
@given(
    fields=st.fixed_dictionaries(
        {},
        optional={"username": value("admin"), "password": value(), "next": value("/admin/pages/")},
    ),
    next_in_query=value("/admin/", "//evil.example/", "https://evil.example/"),
)
def test_admin_login_form(client, site, fields, next_in_query):
    response = client.post(f"/admin/login/?{urlencode({'next': next_in_query})}", fields)
    assert_answers_safely(response, [*fields.values(), next_in_query])
    assert response.status_code in (200, 302, 400, 403, 429)
    if response.status_code == 302:  # a login without a known account never succeeds
        pytest.fail(f"logged in with {fields}")


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:1"]
)
def test_admin_login_never_redirects_off_the_site(client, site, django_user_model, target):
    django_user_model.objects.create_superuser("admin", "admin@example.org", "long-password-1")
    response = client.post(
        "/admin/login/", {"username": "admin", "password": "long-password-1", "next": target}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
