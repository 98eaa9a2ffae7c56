"""axe-core on every public page type: no serious or critical violations.

Detail pages are reached as a visitor reaches them, through the first item of their section,
so the test follows the demo content wherever its slugs go.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

# (page type, the path to open, or the section whose first item to open)
PAGES = [
    ("home", "/en/", None),
    ("standard page", "/en/about/", None),
    ("news index", "/en/news/", None),
    ("news page", "/en/news/", ".publication-listing .card__title a"),
    ("library index", "/en/library/", None),
    ("article", "/en/library/?kind=policy", ".publication-listing .card__title a"),
    ("academy index", "/en/academy/", None),
    ("course", "/en/academy/", ".card-grid .card__title a"),
    ("grants index", "/en/grants/", None),
    ("grantee", "/en/grants/", ".grants__list a[href*='/en/grants/']"),
    ("search with results", "/en/search/?q=water&type=grantee", None),
    ("404", "/en/no-such-page/", None),
    ("Kazakh home", "/kk/", None),
]
SEVERE = ("serious", "critical")


def describe(violation):
    targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
    return f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}"


def severe_violations(page, url, first_item):
    """Open ``url`` (and its first item, where given) and list axe's serious findings."""
    page.goto(url)
    if first_item:
        page.locator(first_item).first.click()
        page.wait_for_load_state()
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    return [describe(v) for v in results.response["violations"] if v["impact"] in SEVERE]


@pytest.mark.parametrize(("kind", "path", "first_item"), PAGES, ids=[kind for kind, *_ in PAGES])
def test_page_has_no_serious_accessibility_violations(
    page, page_problems, site, kind, path, first_item
):
    if kind == "404":
        page_problems.expect_error(path)
    severe = severe_violations(page, f"{site.url}{path}", first_item)
    assert severe == [], f"{kind} ({page.url}):\n" + "\n".join(severe)


def test_hero_text_is_drawn_over_its_photo(page, site):
    """axe cannot judge text on a photo; the text must at least be on top of the photo and
    not under its faded layer, on a wide and on a narrow screen."""
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"{site.url}/en/")
        for selector in (".hero h1", ".hero .lead"):
            on_top = page.locator(selector).evaluate(
                """element => {
                    const box = element.getBoundingClientRect();
                    const hit = document.elementFromPoint(box.x + 8, box.y + box.height / 2);
                    return element.contains(hit);
                }"""
            )
            assert on_top, f"{selector} is covered at {width}px"


# The pages measured with Lighthouse on a phone (README, "Performance and accessibility"),
# with the Kazakh copies that are still in English.
PHONE_PAGES = [
    ("home", "/en/", None),
    ("article", "/en/library/", ".publication-listing .card__title a"),
    ("course", "/en/academy/", ".card-grid .card__title a"),
    ("grants index", "/en/grants/", None),
    ("grantee", "/en/grants/", ".grants__list a[href*='/en/grants/']"),
    ("Kazakh untranslated article", "/kk/library/", ".publication-listing .card__title a"),
    ("Kazakh grantee", "/kk/grants/", ".grants__list a[href*='/kk/grants/']"),
]


@pytest.mark.parametrize(
    ("kind", "path", "first_item"), PHONE_PAGES, ids=[kind for kind, *_ in PHONE_PAGES]
)
def test_phone_page_has_no_serious_accessibility_violations(page, site, kind, path, first_item):
    """On a 360-px screen the collapsed menu, stacked tables and the map must stay usable:
    nothing cut off that only a mouse could scroll to, no text too small to contrast."""
    page.set_viewport_size({"width": 360, "height": 740})
    severe = severe_violations(page, f"{site.url}{path}", first_item)
    assert severe == [], f"{kind} at 360px ({page.url}):\n" + "\n".join(severe)
