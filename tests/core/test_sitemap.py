import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from home.models import StandardPage

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def pages(translated_home, locales):
    about = translated_home["en"].add_child(instance=StandardPage(title="About", slug="about"))
    about.save_revision().publish()
    kazakh = about.copy_for_translation(locales["kk"])
    kazakh.save_revision().publish()
    about.copy_for_translation(locales["ru"], alias=True)
    draft = translated_home["en"].add_child(
        instance=StandardPage(title="Draft", slug="draft", live=False)
    )
    private = translated_home["en"].add_child(instance=StandardPage(title="Staff", slug="staff"))
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return {"about": about, "draft": draft}


def parse(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.mark.django_db
def test_sitemap_lists_every_locale_with_alternates(client, pages):
    urls = parse(client)
    assert "http://localhost/kk/about/" in urls
    assert urls["http://localhost/en/about/"] == {
        "en": "http://localhost/en/about/",
        "kk": "http://localhost/kk/about/",
        "x-default": "http://localhost/en/about/",
    }
    assert urls["http://localhost/kk/about/"] == urls["http://localhost/en/about/"]
    assert len([url for url in urls if url.endswith("localhost/ky/")]) == 1


@pytest.mark.django_db
def test_sitemap_leaves_out_aliases_drafts_and_private_pages(client, pages):
    urls = parse(client)
    assert "http://localhost/ru/about/" not in urls
    assert not [url for url in urls if "draft" in url or "staff" in url]


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
