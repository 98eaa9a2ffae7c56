"""What editors and visitors see: page placement, validation, the grants page and a profile."""

import datetime
import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from grants.models import Grant, GranteePage, GranteePhoto, GrantsIndexPage
from home.models import HomePage, StandardPage
from tests.factories import ImageFactory

from .factories import GranteePageFactory, GrantFactory, add_grantee


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_page_types_live_only_in_their_place(grants_page, home_page):
    assert not GrantsIndexPage.can_create_at(home_page)  # one per home page
    assert not GrantsIndexPage.can_create_at(Page.get_first_root_node())
    assert GranteePage.can_create_at(grants_page)
    assert not GranteePage.can_create_at(home_page)
    about = home_page.add_child(instance=StandardPage(title="About", slug="about"))
    assert not GranteePage.can_create_at(about)
    assert GranteePage.allowed_subpage_models() == []
    assert HomePage in GrantsIndexPage.allowed_parent_page_models()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"), [("latitude", Decimal("90.5")), ("longitude", Decimal("-181"))]
)
def test_coordinates_must_be_on_earth(grants_page, countries, field, value):
    grantee = GranteePageFactory(parent=grants_page, country=countries["KG"])
    setattr(grantee, field, value)
    with pytest.raises(ValidationError) as error:
        grantee.full_clean()
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_grant_rules(grants_page, countries, themes):
    grantee = GranteePageFactory(parent=grants_page, country=countries["KG"])
    grant = GrantFactory(grantee=grantee, reference="SG-1", theme=themes["fair-housing"])
    bad = Grant(
        grantee=grantee,
        reference="SG-2",
        title="Bad",
        amount=Decimal("-1"),
        currency="XXX",
        start_date=datetime.date(2020, 1, 1),
        end_date=datetime.date(2019, 1, 1),
        theme=themes["fair-housing"],
    )
    with pytest.raises(ValidationError) as error:
        bad.full_clean(exclude=["translation_key"])
    assert {"amount", "currency", "end_date"} <= error.value.message_dict.keys()
    other = GranteePageFactory(parent=grants_page, country=countries["KZ"])
    taken = Grant(
        grantee=other,
        reference=grant.reference,
        title="Same code",
        amount=1,
        start_date=datetime.date(2020, 1, 1),
        theme=themes["fair-housing"],
    )
    with pytest.raises(ValidationError) as error:
        taken.full_clean(exclude=["translation_key", "locale"])
    assert "reference" in error.value.message_dict
    assert Grant._meta.get_field("currency").default == "USD"


@pytest.mark.django_db
def test_a_translation_carries_copies_of_the_grants_with_the_same_codes(
    programme, translated_home, locales
):
    GrantsIndexPage.objects.get(locale=locales["en"]).copy_for_translation(locales["ru"])
    source = programme["grantees"][0]
    translation = source.copy_for_translation(locales["ru"])
    assert sorted(translation.grants.values_list("reference", flat=True)) == sorted(
        source.grants.values_list("reference", flat=True)
    )
    assert set(translation.grants.values_list("locale__language_code", flat=True)) == {"ru"}


def test_translatable_fields_translate_text_and_synchronise_facts():
    def kinds(model):
        return {
            field.field_name: type(field).__name__
            for field in model.translatable_fields
            if isinstance(field, TranslatableField | SynchronizedField)
        }

    grantee = kinds(GranteePage)
    for name in ["title", "project_summary", "body", "city", "grants", "gallery_images"]:
        assert grantee[name] == "TranslatableField", name
    for name in ["latitude", "longitude", "country", "themes", "beneficiaries", "logo", "email"]:
        assert grantee[name] == "SynchronizedField", name
    grant = kinds(Grant)
    assert grant["title"] == "TranslatableField"
    assert {grant[name] for name in ["reference", "amount", "currency", "start_date", "theme"]} == {
        "SynchronizedField"
    }
    assert kinds(GranteePhoto) == {
        "image": "SynchronizedField",
        "alt_text": "TranslatableField",
        "caption": "TranslatableField",
    }


@pytest.mark.django_db
def test_grants_page_shows_figures_charts_table_map_and_list(client, programme):
    html = soup(client.get("/en/grants/"))
    figures = [p.get_text() for p in html.select(".grants-stats .key-figure__figure")]
    assert figures == ["7", "34,001", "4", "7,300"]
    assert len(html.select(".grants-chart")) == 3
    bar = html.select_one(".grants-chart rect")
    assert bar["width"].endswith("%")
    assert html.select_one(".grants-chart table th[scope=col]")
    assert not html.select("[style]"), "inline styles are forbidden by the CSP"
    assert not [s for s in html.select("script") if not s.get("src")], "no inline scripts"
    mapped = html.select_one("[data-grants-map]")
    assert mapped.has_attr("hidden")
    assert mapped["data-geojson-url"] == "/api/grants/map.geojson?locale=en"
    assert "openstreetmap" in mapped["data-tile-url"]
    scripts = [s["src"] for s in html.select("script[src]")]
    assert any(src.endswith("leaflet/leaflet.js") for src in scripts)
    assert any(src.endswith("leaflet.markercluster.js") for src in scripts)
    titles = [a.get_text() for a in html.select(".grants__list .card__title a")]
    assert titles == ["Almaty Solar", "Khujand Care", "Naryn Elders", "Osh Tenants"]
    assert "Draft" not in html.get_text()


@pytest.mark.django_db
def test_filters_work_through_the_query_string(client, programme):
    html = soup(client.get("/en/grants/?country=KG&year=2019"))
    titles = [a.get_text() for a in html.select(".grants__list .card__title a")]
    assert titles == ["Naryn Elders", "Osh Tenants"]
    figures = [p.get_text() for p in html.select(".grants-stats .key-figure__figure")]
    assert figures == ["2", "9,501", "2", "2,000"]
    assert html.select_one("#grants-country option[selected]")["value"] == "KG"
    assert html.select_one("#grants-year option[selected]")["value"] == "2019"
    assert html.select_one("[data-grants-map]")["data-geojson-url"].endswith(
        "locale=en&country=KG&year=2019"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "?year=<script>alert(1)</script>",
        "?country=<b>x</b>",
        "?theme=%00",
        "?page=abc",
        "?page=999",
        "?year=99999999999999999999",
    ],
)
def test_bad_filter_values_give_a_normal_page(client, programme, query):
    response = client.get(f"/en/grants/{query}")
    html = soup(response)
    assert "<script>alert" not in response.content.decode()
    assert "<b>x</b>" not in response.content.decode()
    assert html.select(".grants__list .card")


@pytest.mark.django_db
def test_list_is_paginated_and_keeps_filters(client, grants_page, countries, themes):
    for _ in range(14):
        add_grantee(grants_page, countries["KG"], [(themes["fair-housing"], "10.00", 2019)])
    html = soup(client.get("/en/grants/?country=KG"))
    assert len(html.select(".grants__list .card")) == 12
    next_link = html.select_one(".pagination a[rel=next]")["href"]
    assert "country=KG" in next_link and "page=2" in next_link
    html = soup(client.get(f"/en/grants/{next_link}"))
    assert len(html.select(".grants__list .card")) == 2


@pytest.mark.django_db
def test_grants_page_query_count_is_constant(
    client, grants_page, countries, themes, django_assert_max_num_queries
):
    for size in (3, 30):
        for number in range(size):
            grantee = add_grantee(
                grants_page, countries["KZ"], [(themes["older-people"], "100.00", 2018)]
            )
            GranteePhoto.objects.create(page=grantee, image=ImageFactory(), alt_text=f"{number}")
        client.get("/en/grants/")  # renditions of the new photos are made once
        with django_assert_max_num_queries(36):
            response = client.get("/en/grants/?theme=older-people")
        assert response.status_code == 200


@pytest.mark.django_db
def test_grantee_profile_shows_project_gallery_grants_contacts_and_map(client, programme):
    grantee = programme["grantees"][0]
    grantee.short_name = "OT"
    grantee.website = "https://example.org/osh/"
    grantee.email = "info@osh.example.org"
    grantee.phone = "+996 3222 123456"
    grantee.contact_name = "Aida Example"
    grantee.social_links = [("link", "https://t.me/osh_tenants")]
    grantee.save_revision().publish()
    GranteePhoto.objects.create(
        page=grantee, image=ImageFactory(), alt_text="Residents at a meeting", caption="Meeting"
    )
    html = soup(client.get(grantee.url))
    assert html.h1.get_text(" ", strip=True) == "Osh Tenants (OT)"
    assert html.select_one(".grantee-gallery img")["alt"] == "Residents at a meeting"
    assert html.select_one(".grantee-gallery figcaption").get_text() == "Meeting"
    rows = html.select(".grantee__grants tbody tr")
    assert len(rows) == 2 and "5,000.00 USD" in rows[0].get_text()
    contacts = html.select_one(".grantee-contacts").get_text()
    assert "Aida Example" in contacts and "Osh" in contacts
    assert html.select_one('.grantee-social a[href="https://t.me/osh_tenants"]').get_text() == (
        "Telegram"
    )
    location = html.select_one("[data-location-map]")
    assert location["data-latitude"] == "40.528300"
    assert html.select_one('a[href^="https://www.openstreetmap.org/?mlat=40.528300"]')
    assert not html.select("[style]")


@pytest.mark.django_db
def test_json_ld_describes_the_organisation_and_cannot_break_out(client, programme):
    grantee = programme["grantees"][1]
    grantee.title = 'Naryn </script><script>alert("x")</script> & Co'
    grantee.save_revision().publish()
    response = client.get(grantee.url)
    text = response.content.decode()
    assert "</script><script>alert" not in text
    html = soup(response)
    [ld] = html.select('script[type="application/ld+json"]')
    data = json.loads(ld.string)
    assert data["@type"] == "Organization"
    assert data["name"] == grantee.title
    assert data["address"]["addressCountry"] == "KG"
    assert data["location"]["geo"]["latitude"] == pytest.approx(41.4287)


@pytest.mark.django_db
def test_admin_edit_form_has_the_map_preview(admin_client, programme):
    grantee = programme["grantees"][0]
    response = admin_client.get(f"/admin/pages/{grantee.pk}/edit/")
    assert response.status_code == 200
    html = soup(response)
    preview = html.select_one("[data-location-preview]")
    assert preview["data-latitude-input"] == "id_latitude"
    assert "grants-location-admin.js" in response.content.decode()
    create = admin_client.get(
        f"/admin/pages/add/grants/granteepage/{programme['grantees'][0].get_parent().pk}/"
    )
    assert create.status_code == 200


@pytest.mark.django_db
def test_home_page_figures_section_is_live(client, home_page, programme, grants_page):
    home_page.sections = [
        {"type": "grants_figures", "value": {"title": "Grants", "grants_page": grants_page.pk}}
    ]
    home_page.save_revision().publish()
    html = soup(client.get("/en/"))
    figures = [p.get_text() for p in html.select(".home-section .key-figure__figure")]
    assert figures == ["7", "34,001", "4", "7,300"]
    add_grantee(
        grants_page,
        programme["grantees"][0].country,
        [(None, "1000.00", 2021)],
        beneficiaries=50,
    )
    html = soup(client.get("/en/"))
    figures = [p.get_text() for p in html.select(".home-section .key-figure__figure")]
    assert figures == ["8", "35,001", "5", "7,350"]
    assert html.select_one(".home-section a[href='/en/grants/']")
