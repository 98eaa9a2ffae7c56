"""What a visitor does on the public site, in a real browser against the demo content."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import TILE_PATH


def test_visitor_reads_a_news_item_from_the_home_page(page, site):
    page.goto(f"{site.url}/en/")
    news = page.locator(".home-section").filter(has=page.get_by_role("heading", name="Latest news"))
    first = news.locator(".card__title a").first
    title = first.inner_text()
    first.click()
    expect(page).to_have_url(re.compile(r"/en/news/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".publication__body")).not_to_be_empty()
    expect(page.locator(".publication__meta")).to_contain_text("read")
    breadcrumbs = page.get_by_role("navigation", name="Breadcrumb")
    breadcrumbs.get_by_role("link", name="News").click()
    expect(page).to_have_url(re.compile(r"/en/news/$"))
    expect(page.locator(".publication-listing").get_by_role("link", name=title)).to_be_visible()


def facet_option(facets, facet, label=None):
    """(label, count) of a filter link, read as the visitor reads "Water (3)"; the first
    option unless ``label`` names one."""
    options = facets.locator(f".filters__facet--{facet} li")
    if label is not None:
        options = options.filter(has=facets.page.get_by_role("link", name=label, exact=True))
    text = options.first.inner_text()
    label, count = re.match(r"(.+) \((\d+)\)$", text).groups()
    return label, int(count)


def items(count):
    return re.compile(rf"^{count} items?$")


def test_visitor_filters_the_library_and_clears_a_chip(page, site):
    page.goto(f"{site.url}/en/library/")
    count = page.locator(".result-count")
    expect(count).to_have_text(re.compile(r"^\d+ items$"))
    everything = count.inner_text()  # the staff journey may have added an article
    facets = page.locator("aside.filters")
    theme, theme_only = facet_option(facets, "theme")
    _label, policies = facet_option(facets, "kind", "Policy")

    facets.locator(".filters__facet--kind").get_by_role("link", name="Policy").click()
    expect(page).to_have_url(re.compile(r"kind=policy"))
    expect(count).to_have_text(items(policies))
    expect(page.locator(".publication-listing .card__label")).to_have_text(["Policy"] * policies)

    # With a kind chosen, each theme counts that kind's articles only.
    _label, both = facet_option(facets, "theme", theme)
    facets.locator(".filters__facet--theme").get_by_role("link", name=theme).click()
    expect(page).to_have_url(re.compile(r"kind=policy.*theme=|theme=.*kind=policy"))
    expect(count).to_have_text(items(both))
    chips = page.get_by_role("list", name="Active filters")
    expect(chips.locator(".chip")).to_have_count(2)

    chips.locator(".chip", has_text="Policy").click()
    expect(page).not_to_have_url(re.compile(r"kind="))
    expect(chips.locator(".chip")).to_have_count(1)
    expect(chips.locator(".chip")).to_contain_text(theme)
    expect(count).to_have_text(items(theme_only))

    chips.get_by_role("link", name="Clear all filters").click()
    expect(count).to_have_text(everything)
    expect(page.get_by_role("list", name="Active filters")).to_have_count(0)


def test_visitor_filters_the_academy_and_registers_for_a_course(page, site):
    page.goto(f"{site.url}/en/academy/")
    filters = page.locator("aside.filters")
    filters.locator("fieldset", has_text="Level").get_by_role("link", name="Beginner").click()
    expect(page.locator(".result-count")).to_have_text("24 courses")
    filters.locator("fieldset", has_text="Format").get_by_role("link", name="Tutor-led").click()
    expect(page).to_have_url(re.compile(r"level=beginner"))
    expect(page).to_have_url(re.compile(r"format=tutor-led"))
    chips = page.get_by_role("list", name="Active filters")
    expect(chips.locator(".chip")).to_have_count(2)

    # The first course of the filtered catalogue whose registration is open.
    cards = page.locator(".card-grid .card__title a")
    expect(cards.first).to_be_visible()
    for link in cards.all():
        link.click()
        if page.locator("form.registration-form").count():
            break
        page.go_back()
    else:
        raise AssertionError("no beginner, tutor-led course is open for registration")
    title = page.locator("h1").inner_text()
    learners = page.locator(".course-learners").inner_text()
    expect(page.locator(".course-facts")).to_contain_text("Beginner")
    expect(page.locator(".course-facts")).to_contain_text("Tutor-led")

    form = page.locator("form.registration-form")
    form.get_by_label("Name").fill("Aigerim Journey")
    form.get_by_label("Email").fill("not-an-address")
    form.get_by_role("button", name="Register").click()
    # The browser's own validation stops an email without @; so does the server.
    expect(page.locator(".messages")).to_have_count(0)
    form.get_by_label("Email").fill("aigerim.journey@example.org")
    form.evaluate("form => form.noValidate = true")
    form.get_by_role("button", name="Register").click()

    message = page.locator("#register .messages")
    expect(message).to_contain_text("Please correct the marked fields")
    expect(message).to_be_in_viewport()
    invalid = page.locator(".form-field--invalid")
    expect(invalid).not_to_have_count(0)
    expect(page.locator("form.registration-form .errorlist").first).to_be_visible()
    expect(page.get_by_label("Name")).to_have_value("Aigerim Journey")

    form = page.locator("form.registration-form")
    form.get_by_label("Country").select_option(label="Kazakhstan")
    role = form.get_by_label("Role")
    role.select_option(index=1)
    form.get_by_label(re.compile("I agree")).check()
    form.get_by_role("button", name="Register").click()

    expect(page).to_have_url(re.compile(r"#register$"))
    # The redirect lands on the form's section: the thanks must be there, not out of sight.
    expect(message).to_contain_text(f"you are registered for “{title}”")
    expect(message).to_be_in_viewport()
    count = int(re.sub(r"\D", "", learners))
    expect(page.locator(".course-learners")).to_contain_text(f"{count + 1:,} learners")

    stored = site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from academy.models import CourseRegistration as R;"
        "r = R.objects.get(email='aigerim.journey@example.org');"
        "print(r.name, r.country, r.course.title, r.locale.language_code, sep='|')",
    )
    assert stored.strip() == f"Aigerim Journey|KZ|{title}|en"


def test_visitor_filters_the_grants_map_and_opens_a_popup(page, site):
    tiles = []
    page.on("request", lambda request: TILE_PATH in request.url and tiles.append(request.url))
    page.goto(f"{site.url}/en/grants/")
    map_region = page.get_by_role("region", name=re.compile(r"^Map of grantees\. The list"))
    expect(map_region).to_be_visible()
    expect(page.locator(".leaflet-tile-loaded").first).to_be_attached()
    assert tiles, "the map asked for no tiles"
    expect(page.locator(".marker-cluster").first).to_be_visible()

    with page.expect_response(re.compile(r"/api/grants/map\.geojson\?.*country=KG")):
        page.get_by_label("Country", exact=True).select_option("KG")
    expect(page).to_have_url(re.compile(r"country=KG"))
    expect(page.locator(".grants__list")).to_contain_text("Kyrgyzstan")
    expect(page.locator(".grants__list")).not_to_contain_text("Tajikistan")

    # Zoom in until the clusters open into single markers, then open one.
    marker = page.locator(".leaflet-marker-icon:not(.marker-cluster)").first
    for _ in range(6):
        if marker.count():
            break
        page.locator(".marker-cluster").first.click()
        page.wait_for_timeout(400)
    name = marker.get_attribute("title")
    marker.click()
    popup = page.locator(".leaflet-popup .grants-popup")
    expect(popup).to_be_visible()
    expect(popup.locator(".grants-popup__title")).to_have_text(name)
    expect(popup.locator(".grants-popup__place")).to_contain_text("Kyrgyzstan")
    popup.get_by_role("link", name=name).click()
    expect(page).to_have_url(re.compile(r"/en/grants/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(name)


def test_visitor_searches_with_a_facet_and_autocomplete(page, site):
    page.goto(f"{site.url}/en/")
    box = page.get_by_role("combobox", name="Search the site")
    box.press_sequentially("wate", delay=30)
    suggestions = page.get_by_role("listbox", name="Suggested pages")
    expect(suggestions.get_by_role("option").first).to_be_visible()
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=wate$"))

    page.get_by_label("Search for").fill("water")
    page.get_by_label("Search for").press("Enter")
    count = page.locator(".result-count")
    expect(count).to_contain_text("results for “water”")
    total = int(count.inner_text().split()[0])
    facets = page.get_by_role("form", name="Filter the results")
    grantee = facets.locator("fieldset", has_text="Type").get_by_label(re.compile("Grantee"))
    expected = int(re.search(r"\((\d+)\)", grantee.locator("xpath=..").inner_text()).group(1))
    grantee.check()
    facets.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"type=grantee"))
    expect(count).to_have_text(f"{expected} results for “water”")
    assert expected < total
    labels = page.locator(".search-results .card__label")
    expect(labels.first).to_have_text("Grantee")
    chips = page.get_by_role("list", name="Chosen filters")
    chips.locator(".chip").click()
    expect(count).to_have_text(f"{total} results for “water”")
    expect(page).not_to_have_url(re.compile(r"type="))


def test_visitor_switches_to_kazakh_and_back(page, site):
    page.goto(f"{site.url}/en/about/")
    expect(page.locator("h1")).to_have_text("About")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Қазақша").click()
    expect(page).to_have_url(re.compile(r"/kk/about/$"))
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    page.get_by_role("navigation", name=re.compile(".")).locator('a[hreflang="en"]').first.click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))


def test_unknown_page_shows_the_sites_404(page, page_problems, site):
    page_problems.expect_error("/en/no-such-page/")
    response = page.goto(f"{site.url}/en/no-such-page/")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")
    page.get_by_role("link", name="Go to the home page").click()
    expect(page).to_have_url(re.compile(r"/en/$"))


def test_menu_collapses_on_a_narrow_screen(page, site):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site.url}/en/")
    toggle = page.get_by_role("button", name="Menu")
    expect(toggle).to_be_visible()
    expect(page.locator("#site-nav")).to_be_hidden()
    toggle.click()
    expect(page.locator("#site-nav")).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")


@pytest.mark.parametrize("section", ["news", "library"])
def test_kazakh_visitor_is_told_a_page_is_not_yet_translated(page, site, section):
    """Kazakh has the section pages but not their items: an item is the English text under
    Kazakh menus, said so in Kazakh, marked as English and pointing search engines to the
    English page."""
    page.goto(f"{site.url}/kk/{section}/")
    page.locator(".publication-listing .card__title a").first.click()
    expect(page).to_have_url(re.compile(rf"/kk/{section}/[\w-]+/$"))
    english_url = page.url.replace("/kk/", "/en/")
    title = page.locator("h1").inner_text()

    expect(page.locator("html")).to_have_attribute("lang", "kk")
    expect(page.locator("main")).to_have_attribute("lang", "en")
    expect(page.locator("main h1")).to_have_count(1)
    notice = page.get_by_role("complementary", name="Аударма")
    expect(notice).to_have_attribute("lang", "kk")
    expect(notice).to_contain_text("Бұл бет әлі сіздің тіліңізге (Қазақша) аударылмаған")
    expect(page.locator('link[rel="canonical"]')).to_have_attribute("href", english_url)
    expect(page.locator("meta[property='og:url']")).to_have_attribute("content", english_url)

    notice.locator('a[hreflang="en"]').click()
    expect(page).to_have_url(english_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".untranslated-notice")).to_have_count(0)
    expect(page.locator('link[rel="canonical"]')).to_have_attribute("href", english_url)


# Every public page type, as (name, path, or the listing whose first item to open).
PAGE_TYPES = [
    ("home", "/en/", None),
    ("standard page", "/en/about/", None),
    ("news index", "/en/news/", None),
    ("news item", "/en/news/", ".publication-listing .card__title a"),
    ("library", "/en/library/", None),
    ("article", "/en/library/", ".publication-listing .card__title a"),
    ("academy catalogue", "/en/academy/", None),
    ("course", "/en/academy/", ".card-grid .card__title a"),
    ("grants index", "/en/grants/", None),
    ("grantee", "/en/grants/", ".grants__list a[href*='/en/grants/']"),
    ("search", "/en/search/?q=water", None),
    ("Kazakh home", "/kk/", None),
    ("Kazakh untranslated news item", "/kk/news/", ".publication-listing .card__title a"),
]
# Every layout shift since the page started loading that the visitor did not cause, summed
# (at least the largest session window that Lighthouse and CrUX report as CLS), with the
# elements that moved, read from the buffered entries once the page has settled.
LAYOUT_SHIFTS = """() => new Promise(resolve => {
    const shifts = [];
    const keep = entries => entries.filter(entry => !entry.hadRecentInput).forEach(entry => {
        const moved = entry.sources.map(source => source.node
            ? source.node.nodeName + (source.node.className ? "." + source.node.className : "")
            : "?");
        shifts.push({value: entry.value, moved: moved.join(", ")});
    });
    const observer = new PerformanceObserver(list => keep(list.getEntries()));
    observer.observe({type: "layout-shift", buffered: true});
    setTimeout(() => {
        keep(observer.takeRecords());
        observer.disconnect();
        resolve(shifts);
    }, 300);
})"""


def page_type_urls(page, site):
    urls = {}
    for name, path, first_item in PAGE_TYPES:
        if first_item:
            page.goto(f"{site.url}{path}")
            path = page.locator(first_item).first.get_attribute("href")
        urls[name] = f"{site.url}{path}" if path.startswith("/") else path
    return urls


@pytest.mark.parametrize("width,height", [(360, 740), (390, 844)])
def test_phone_pages_do_not_jump_while_loading(open_page, site, width, height):
    """The first paint is the final layout on a phone: the header, images, maps and notices
    take their place before they load (cumulative layout shift under 0.02, "good" is 0.1)."""
    urls = page_type_urls(open_page(), site)
    # The phone's size only: Chromium's mobile emulation (is_mobile) reports an input early
    # in every load, which would mark the shifts that follow as caused by the visitor.
    page = open_page(viewport={"width": width, "height": height}, device_scale_factor=2)
    jumps = {}
    for name, url in urls.items():
        page.goto(url, wait_until="load")
        page.wait_for_timeout(500)
        shifts = page.evaluate(LAYOUT_SHIFTS)
        total = sum(shift["value"] for shift in shifts)
        if total >= 0.02:
            jumps[name] = f"{total:.3f} at {url}: {shifts}"
    assert jumps == {}, f"layout shift at {width}x{height}:\n" + "\n".join(jumps.values())
