"""axe-core on every public page type: no serious or critical violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe

PAGES = ["/en/", "/en/about/", "/kk/", "/en/search/?q=grants", "/en/no-such-page/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_accessibility_violations(page, site, path):
    page.goto(f"{site.url}{path}")
    results = Axe().run(page)
    serious = [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} elements)"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == [], "\n".join(serious)
