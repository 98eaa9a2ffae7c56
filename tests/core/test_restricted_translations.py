"""A view restriction reaches a page's copies in every language, on every surface.

The English site gets a news page, a grantee and a members' section, each copied into
Kazakh (a wagtail-localize translation) and Kyrgyz (an alias) before the restriction is
set on the English page: a password, a login, a group. A Kazakh page added under the
Kazakh copy of the members' section, a restriction set on a Kazakh copy (which hides the
English original) and a page restricted before it was copied complete the set. Every
public surface is then read, in every language, for the secret words.
"""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from core.models import SiteSettings
from core.privacy import public_in_every_locale, restrictions_over
from tests.articles.factories import NewsIndexPageFactory, NewsPageFactory
from tests.factories import CountryFactory, StandardPageFactory, ThemeFactory
from tests.grants.factories import GrantsIndexPageFactory, add_grantee

pytestmark = pytest.mark.django_db

BOARD = "qxboardword"
GRANTEE = "qxgranteeword"
MEMBERS = "qxmembersword"
KAZAKH = "qxkazakhword"
EARLY = "qxearlyword"
SECRETS = [BOARD, GRANTEE, MEMBERS, KAZAKH, EARLY, "+996 555"]
LANGUAGES = ["en", "kk", "ky"]


def secrets_in(text):
    return [secret for secret in SECRETS if secret in text.lower()]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def translate(page, locale):
    """A published wagtail-localize-style translation: its own row, the same key."""
    return publish(page.copy_for_translation(locale))


def alias(page, locale):
    """An untranslated alias in ``locale``, as wagtail-localize's synchronisation makes it."""
    return page.copy_for_translation(locale, alias=True).specific


def restrict(page, kind, **fields):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
    return restriction


def english_pages(home_page, news, grants):
    """Two news pages, a grantee with contact details and a staff page, before any copy."""
    theme = ThemeFactory(name="Water", slug="water")
    country = CountryFactory(name="Kyrgyzstan", iso_code="KG")

    def news_page(title, slug):
        page = NewsPageFactory(parent=news, title=title, slug=slug, summary=f"About {title}.")
        page.themes.set([theme])
        page.countries.set([country])
        return publish(page)

    hidden = add_grantee(
        grants,
        country,
        [(theme, "9000.00", 2020)],
        title=f"Hidden {GRANTEE}",
        slug="hidden",
        project_summary=GRANTEE,
        email=f"{GRANTEE}@example.org",
        phone="+996 555 123 456",
        contact_name=f"Aigerim {GRANTEE}",
    )
    return {
        "public": news_page("Public minutes", "public-minutes"),
        "board": news_page(f"Board minutes {BOARD}", "board-minutes"),
        "osh": add_grantee(grants, country, [(theme, "5000.00", 2019)], title="Osh", slug="osh"),
        "hidden": publish(hidden),
        "staff": StandardPageFactory(
            parent=home_page, title=f"Staff notes {KAZAKH}", slug="staff", intro=KAZAKH
        ),
        "early": news_page(f"Early minutes {EARLY}", "early-minutes"),
        "members": StandardPageFactory(
            parent=home_page, title="Members", slug="members", show_in_menus=True
        ),
    }


@pytest.fixture
def copies(home_page, locales):
    kk, ky = locales["kk"], locales["ky"]
    SiteSettings.for_site(home_page.get_site())  # made on first use, which empties the cache
    for locale in (kk, ky):
        translate(home_page, locale)
    news = NewsIndexPageFactory(parent=home_page)
    grants = GrantsIndexPageFactory(parent=home_page)
    for index in (news, grants):
        translate(index, kk), translate(index, ky)
    pages = english_pages(home_page, news, grants)
    for name in ("public", "board", "osh", "hidden", "staff"):
        pages[f"{name}-kk"] = translate(pages[name], kk)
        pages[f"{name}-ky"] = alias(pages[name], ky)
    pages["members_kk"] = translate(pages["members"], kk)
    pages["members-kk-only"] = StandardPageFactory(
        parent=pages["members_kk"], title=f"Inside {MEMBERS}", slug="inside", intro=MEMBERS
    )
    # Aliases in the same locale get a key of their own: they follow their source.
    pages["board-ky-moved"] = (
        pages["board"]
        .create_alias(
            parent=Page.objects.get(locale=ky, depth=2), update_slug="board-again", update_locale=ky
        )
        .specific
    )

    restrict(pages["board"], PageViewRestriction.PASSWORD, password="board")
    restrict(pages["hidden"], PageViewRestriction.LOGIN)
    group_restriction = restrict(pages["members"], PageViewRestriction.GROUPS)
    group_restriction.groups.set([Group.objects.create(name="Members")])
    restrict(pages["staff-kk"], PageViewRestriction.LOGIN)
    restrict(pages["early"], PageViewRestriction.PASSWORD, password="early")
    pages["early-kk"] = translate(pages["early"], kk)  # copied after the restriction
    pages["early-ky"] = alias(pages["early"], ky)
    return pages


HIDDEN = [
    "board",
    "board-kk",
    "board-ky",
    "hidden",
    "hidden-kk",
    "hidden-ky",
    "board-ky-moved",
    "members-kk-only",
    "staff",
    "staff-kk",
    "staff-ky",
    "early",
    "early-kk",
    "early-ky",
]
VISIBLE = ["public", "public-kk", "public-ky", "osh", "osh-kk", "osh-ky"]


def surfaces():
    for code in LANGUAGES:
        yield f"/api/v2/pages/?locale={code}&fields=*&limit=100"
        yield f"/api/v2/pages/?locale={code}&type=grants.GranteePage&fields=*"
        yield f"/api/v2/pages/?locale={code}&type=articles.NewsPage&fields=*"
        yield f"/api/search?locale={code}&q=minutes"
        yield f"/api/search?locale={code}&q=hidden"
        yield f"/api/search/autocomplete?locale={code}&q=minu"
        yield f"/api/search/autocomplete?locale={code}&q=hidd"
        yield f"/{code}/search/?q=minutes"
        yield f"/{code}/search/?q=notes"
        yield f"/{code}/"
        yield f"/{code}/news/"
        yield f"/{code}/news/feed/"
        yield f"/{code}/news/public-minutes/"
        yield f"/{code}/grants/"
        yield f"/{code}/grants/osh/"
        yield f"/api/grants/map.geojson?locale={code}"
        yield f"/api/grants/grants.csv?locale={code}"
        yield f"/api/grants/stats?locale={code}"
    yield "/api/v2/pages/?fields=*&limit=100"
    yield "/api/v2/pages/?search=minutes&fields=*"
    yield "/sitemap.xml"


def test_no_surface_shows_a_restricted_page_in_any_language(client, copies):
    leaks = {}
    for url in surfaces():
        response = client.get(url)
        assert response.status_code == 200, url
        found = secrets_in(response.content.decode())
        if found:
            leaks[url] = found
    assert leaks == {}


def test_the_surfaces_still_show_the_public_copies(client, copies):
    """Nothing is hidden that should not be: the public page's copies are listed."""
    for code in ("kk", "ky"):
        titles = [
            item["title"]
            for item in client.get(f"/api/v2/pages/?locale={code}&limit=100").json()["items"]
        ]
        assert "Public minutes" in titles and "Osh" in titles, code
        found = client.get(f"/api/search?locale={code}&q=minutes").json()["results"]
        assert [result["title"] for result in found] == ["Public minutes"], code
        assert "Public minutes" in client.get(f"/{code}/news/feed/").content.decode()
        assert "Osh" in client.get(f"/api/grants/grants.csv?locale={code}").content.decode()
    assert "/kk/news/public-minutes/" in client.get("/sitemap.xml").content.decode()


def test_every_language_counts_the_same_grants(client, copies):
    english = client.get("/api/grants/stats?locale=en").json()["totals"]
    assert english["grants"] == 1
    for code in ("kk", "ky"):
        assert client.get(f"/api/grants/stats?locale={code}").json()["totals"] == english, code
        features = client.get(f"/api/grants/map.geojson?locale={code}").json()["features"]
        assert len(features) == 1, code


def test_the_api_answers_404_for_every_restricted_copy(client, copies):
    for name in HIDDEN:
        page = copies[name]
        response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 404, name
        assert secrets_in(response.content.decode()) == [], name
        found = client.get("/api/v2/pages/find/", {"html_path": page.url})
        assert found.status_code == 404, name
    for name in VISIBLE:
        assert client.get(f"/api/v2/pages/{copies[name].pk}/").status_code == 200, name


def test_the_api_names_the_source_of_an_alias(client, copies):
    alias_page, source = copies["public-ky"], copies["public"]
    meta = client.get(f"/api/v2/pages/{alias_page.pk}/").json()["meta"]
    assert meta["alias_of"]["id"] == source.pk
    assert meta["alias_of"]["locale"] == "en"
    listing = client.get("/api/v2/pages/?locale=ky&type=articles.NewsPage&fields=alias_of").json()
    assert [item["meta"]["alias_of"]["id"] for item in listing["items"]] == [source.pk]


@pytest.mark.parametrize("name", ["board-kk", "board-ky", "board-ky-moved"])
def test_a_copy_asks_for_the_password_of_its_original(client, copies, name):
    restriction = PageViewRestriction.objects.get(page=copies["board"])
    url = copies[name].url
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert secrets_in(page) == []
    action = f"/{url.split('/')[1]}/_util/authenticate_with_password/"
    action += f"{restriction.pk}/{copies[name].pk}/"
    assert f'action="{action}"' in page  # the original's restriction
    assert "no-cache" in response["Cache-Control"]
    assert "X-Page-Cache" not in client.get(url)  # never kept by the page cache

    client.post(action, {"password": "board", "return_url": url})
    assert BOARD in client.get(url).content.decode()


def test_a_copy_asks_for_the_login_of_its_original(client, copies):
    for name in ("hidden-kk", "hidden-ky", "members-kk-only", "staff"):
        response = client.get(copies[name].url)
        assert response.status_code == 302, name
        assert "/login/" in response["Location"], name
    client.force_login(get_user_model().objects.create_user("reader", password="x"))
    assert GRANTEE in client.get(copies["hidden-kk"].url).content.decode()
    assert client.get(copies["members-kk-only"].url).status_code == 302  # a group, not a login


def test_public_copies_are_cached_and_unrestricted(client, copies):
    url = copies["public-kk"].url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert not copies["public-kk"].get_view_restrictions().exists()


def test_each_restriction_reaches_its_copies_and_only_them(copies):
    board = PageViewRestriction.objects.get(page=copies["board"])
    staff = PageViewRestriction.objects.get(page=copies["staff-kk"])
    for name in ("board", "board-kk", "board-ky", "board-ky-moved"):
        assert list(restrictions_over(copies[name])) == [board], name
    assert list(restrictions_over(copies["staff"])) == [staff]
    early = PageViewRestriction.objects.get(page=copies["early"])
    assert early in restrictions_over(copies["early-kk"])  # besides the copy's own
    shown = public_in_every_locale(Page.objects.filter(pk__in=[p.pk for p in copies.values()]))
    assert set(shown.values_list("pk", flat=True)) == {copies[name].pk for name in VISIBLE}


def test_the_rule_costs_the_same_queries_however_many_restrictions_and_copies(
    copies, django_assert_num_queries
):
    with django_assert_num_queries(2):  # the restricted paths, then the pages they reach
        public_in_every_locale(Page.objects.all())
    with django_assert_num_queries(1):
        list(copies["board-kk"].get_view_restrictions())
    PageViewRestriction.objects.all().delete()
    with django_assert_num_queries(1):
        public_in_every_locale(Page.objects.all())


def test_no_public_surface_filters_with_wagtails_public_alone():
    """Wagtail's ``public()`` misses the copies in other languages; the project's code uses
    ``public_in_every_locale`` (or ``api.references.public_pages``) everywhere instead."""
    root = Path(__file__).resolve().parents[2]
    offenders = [
        str(path.relative_to(root))
        for folder in ("core", "home", "articles", "academy", "grants", "search", "api")
        for path in (root / folder).rglob("*.py")
        if ".public()" in path.read_text() or "get_public_pages_queryset(" in path.read_text()
    ]
    assert offenders == []
