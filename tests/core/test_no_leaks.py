"""What an anonymous visitor can reach never carries what is not meant for them.

One site holds every kind of secret, each marked with its own word: a draft page, unpublished
changes of a live page, a password-protected page and a page under a login-protected section
(one of them chosen for the home page and in menus), a draft and a private grantee with
grants, a learner's registration, a document in a private collection, and staff accounts
(owners and publishers of every page) with their email addresses. Every public surface is
then read: pages, the search page, the JSON API, the grants' open data, feeds, the sitemap.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_factories import DocumentFactory

from academy.models import CourseRegistration
from core.models import SiteSettings
from tests.academy.factories import CourseIndexPageFactory, CoursePageFactory
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import CountryFactory, StandardPageFactory, ThemeFactory
from tests.grants.factories import GrantFactory, GrantsIndexPageFactory, add_grantee

pytestmark = pytest.mark.django_db

# One word per secret: plain letters, so every search backend treats it as one token.
DRAFT = "qxdraftword"
DRAFT_CHANGE = "qxpendingword"
PRIVATE = "qxprivateword"
MEMBERS = "qxmembersword"
GRANTEE_DRAFT = "qxdraftgrantee"
GRANTEE_PRIVATE = "qxprivategrantee"
LEARNER = "qxlearnerword"
LEARNER_EMAIL = "qxlearner@example.org"
DOCUMENT = "qxdocumentword"
STAFF = "qxstaffword"
SECRETS = [
    DRAFT,
    DRAFT_CHANGE,
    PRIVATE,
    MEMBERS,
    GRANTEE_DRAFT,
    GRANTEE_PRIVATE,
    LEARNER,
    LEARNER_EMAIL,
    DOCUMENT,
    STAFF,
    "staff.hub.test",
]
PUBLIC_TEXT = "Wells for every village"


def secrets_in(text):
    lowered = text.lower()
    return [secret for secret in SECRETS if secret.lower() in lowered]


def publish(page, user):
    page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    page.refresh_from_db()
    return page


@pytest.fixture
def secret_site(home_page):
    User = get_user_model()
    editor = User.objects.create_user(
        "editor", f"edith.{STAFF}@staff.hub.test", "x", first_name="Edith", last_name=STAFF
    )
    User.objects.create_superuser("admin", f"admin.{STAFF}@staff.hub.test", "x")
    english = home_page.locale
    theme = ThemeFactory(name="Water", slug="water")
    country = CountryFactory(name="Kyrgyzstan", iso_code="KG")

    news = NewsIndexPageFactory(parent=home_page, owner=editor)
    library = ArticleIndexPageFactory(parent=home_page, owner=editor)
    academy = CourseIndexPageFactory(parent=home_page, owner=editor)
    grants = GrantsIndexPageFactory(parent=home_page, owner=editor)
    privacy = StandardPageFactory(parent=home_page, title="Privacy", slug="privacy")
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.privacy_page = privacy
    site_settings.save()

    public = publish(
        NewsPageFactory(parent=news, title=PUBLIC_TEXT, slug="wells", owner=editor), editor
    )
    public.themes.set([theme])
    publish(public, editor)
    draft = NewsPageFactory(
        parent=news,
        title=f"Plans {DRAFT}",
        slug="plans",
        summary=f"Not yet {DRAFT}.",
        live=False,
        owner=editor,
    )
    draft.save_revision(user=editor)

    article = publish(
        ArticlePageFactory(parent=library, title="Water committees", slug="committees"), editor
    )
    article.title = f"Water committees {DRAFT_CHANGE}"
    article.summary = f"Rewritten {DRAFT_CHANGE}."
    article.body = [{"type": "paragraph", "value": f"<p>Pending {DRAFT_CHANGE}.</p>"}]
    article.save_revision(user=editor)

    private = publish(
        NewsPageFactory(
            parent=news,
            title=f"Board minutes {PRIVATE}",
            slug="board-minutes",
            summary=f"For the board {PRIVATE}.",
            show_in_menus=True,
            owner=editor,
        ),
        editor,
    )
    private.themes.set([theme])
    publish(private, editor)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="board"
    )

    members = publish(
        StandardPageFactory(
            parent=home_page,
            title=f"Members {MEMBERS}",
            slug="members",
            intro=f"Members only {MEMBERS}.",
            show_in_menus=True,
        ),
        editor,
    )
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    publish(
        StandardPageFactory(
            parent=members, title=f"Member news {MEMBERS}", slug="inside", intro=MEMBERS
        ),
        editor,
    )

    home_page.sections = [
        {"type": "featured", "value": {"title": "Featured", "pages": [public.pk, private.pk]}},
        {"type": "latest", "value": {"title": "Latest news", "section": news.pk, "count": 6}},
    ]
    publish(home_page, editor)

    add_grantee(
        grants,
        country,
        [(theme, "5000.00", 2019)],
        title="Osh Water Users",
        slug="osh-water",
        owner=editor,
    )
    draft_grantee = add_grantee(
        grants,
        country,
        [(theme, "7000.00", 2019)],
        title=f"Planned {GRANTEE_DRAFT}",
        project_summary=GRANTEE_DRAFT,
        live=False,
    )
    GrantFactory(grantee=draft_grantee, theme=theme, title=GRANTEE_DRAFT, reference="SG-DRAFT-1")
    private_grantee = add_grantee(
        grants,
        country,
        [(theme, "9000.00", 2020)],
        title=f"Hidden {GRANTEE_PRIVATE}",
        project_summary=GRANTEE_PRIVATE,
        email=f"{GRANTEE_PRIVATE}@example.org",
    )
    GrantFactory(
        grantee=private_grantee, theme=theme, title=GRANTEE_PRIVATE, reference="SG-PRIVATE-1"
    )
    PageViewRestriction.objects.create(
        page=private_grantee, restriction_type=PageViewRestriction.LOGIN
    )

    course = CoursePageFactory(parent=academy, title="Water governance", slug="water-governance")
    CourseRegistration.objects.create(
        course=course,
        course_key=course.translation_key,
        locale=english,
        name=f"Aigerim {LEARNER}",
        email=LEARNER_EMAIL,
        organisation=f"Union {LEARNER}",
        country="KG",
        role="ngo-staff",
    )

    board = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.LOGIN
    )
    DocumentFactory(title=f"Budget {DOCUMENT}", collection=board)
    DocumentFactory(title="Annual report")
    return {
        "public": public,
        "draft": draft,
        "article": article,
        "private": private,
        "members": members,
        "course": course,
        "draft_grantee": draft_grantee,
        "private_grantee": private_grantee,
    }


PUBLIC_SURFACES = [
    "/en/",
    "/en/news/",
    "/en/news/?theme=water",
    "/en/news/wells/",
    "/en/library/",
    "/en/library/committees/",
    "/en/academy/",
    "/en/academy/water-governance/",
    "/en/grants/",
    "/en/grants/osh-water/",
    "/en/grants/?country=KG",
    "/en/privacy/",
    "/en/search/?q=water",
    "/en/news/feed/",
    "/en/library/feed/",
    "/sitemap.xml",
    "/robots.txt",
    "/api/v2/pages/?fields=*&limit=100",
    "/api/v2/pages/?type=articles.NewsPage&fields=*",
    "/api/v2/pages/?type=home.HomePage&fields=*",
    "/api/v2/pages/?type=grants.GranteePage&fields=*",
    "/api/v2/pages/?type=academy.CoursePage&fields=*",
    "/api/v2/images/",
    "/api/v2/documents/?fields=*",
    "/api/v2/people/",
    "/api/search?q=water",
    "/api/search/autocomplete?q=wa",
    "/api/grants/map.geojson",
    "/api/grants/map.geojson?country=KG&theme=water",
    "/api/grants/stats",
    "/api/grants/grants.csv",
]


def test_public_surfaces_carry_no_secret(client, secret_site):
    leaks = {}
    for url in PUBLIC_SURFACES:
        response = client.get(url)
        assert response.status_code == 200, url
        found = secrets_in(response.content.decode())
        if found:
            leaks[url] = found
    assert leaks == {}


def test_the_surfaces_show_the_public_content(client, secret_site):
    """The secrets are absent because they are filtered, not because nothing is shown."""
    assert PUBLIC_TEXT in client.get("/en/").content.decode()
    assert PUBLIC_TEXT in client.get("/en/news/feed/").content.decode()
    assert "/en/news/wells/" in client.get("/sitemap.xml").content.decode()
    titles = [page["title"] for page in client.get("/api/v2/pages/?limit=100").json()["items"]]
    assert PUBLIC_TEXT in titles and "Water committees" in titles
    assert "Osh Water Users" in client.get("/api/grants/grants.csv").content.decode()
    assert client.get("/api/grants/stats").json()["totals"]["grants"] == 1
    assert "Annual report" in client.get("/api/v2/documents/").content.decode()
    article = client.get("/en/library/committees/").content.decode()
    assert "Water committees" in article and "Community groups met the council." in article


def test_searching_for_a_secret_finds_nothing(client, secret_site):
    found = []
    for secret in SECRETS:
        page = client.get("/en/search/", {"q": secret})
        assert page.status_code == 200
        if "0 results" not in page.content.decode():
            found.append(("search page", secret))
        if client.get("/api/search", {"q": secret}).json()["results"]:
            found.append(("search API", secret))
        if client.get("/api/search/autocomplete", {"q": secret}).json()["results"]:
            found.append(("autocomplete", secret))
        if client.get("/api/v2/pages/", {"search": secret}).json()["items"]:
            found.append(("pages API", secret))
    assert found == []


def test_drafts_and_private_pages_are_not_served(client, secret_site):
    ids = [secret_site[name].pk for name in ("draft", "private", "members", "private_grantee")]
    ids.append(secret_site["draft_grantee"].pk)
    for page_id in ids:
        response = client.get(f"/api/v2/pages/{page_id}/")
        assert response.status_code == 404, page_id
        assert secrets_in(response.content.decode()) == []
    assert client.get("/en/news/plans/").status_code == 404
    for url in ("/en/news/board-minutes/", "/en/members/", "/en/members/inside/"):
        response = client.get(url)
        assert response.status_code in (200, 302), url  # the password form, or the login
        assert secrets_in(response.content.decode()) == [], url
    grantee = client.get(secret_site["private_grantee"].url)
    assert grantee.status_code == 302


def test_the_api_answers_questions_about_people_with_an_error(client, secret_site):
    for url in (
        "/api/v2/pages/?fields=owner",
        "/api/v2/pages/?fields=registrations",
        "/api/v2/pages/?owner=1",
        "/api/v2/users/",
        "/api/v2/registrations/",
    ):
        response = client.get(url)
        assert 400 <= response.status_code < 500, url
        assert secrets_in(response.content.decode()) == [], url
