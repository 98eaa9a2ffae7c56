"""The editors' search report: popular searches and searches that found nothing."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search.models import QueryWithoutResults

pytestmark = pytest.mark.django_db


def rows(html, table_id):
    return [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in html.select(f"#{table_id} tbody tr")
    ]


def test_report_lists_popular_searches_and_searches_without_results(
    client, admin_user, standard_pages
):
    (water,) = standard_pages(("Water", "Wells."))
    for query in ("water", "Water", "water", "wells", "nothing like this"):
        client.get("/en/search/", {"q": query})
    client.get("/ru/search/", {"q": "ничего"})
    SearchPromotion.objects.create(query=Query.get("wells"), page=water, sort_order=0)
    old = Query.get("forgotten")
    QueryDailyHits.objects.create(
        query=old, date=timezone.localdate() - datetime.timedelta(days=60), hits=50
    )

    client.force_login(admin_user)
    html = BeautifulSoup(client.get("/admin/reports/search/").content, "html.parser")
    popular = rows(html, "popular-searches")
    assert popular[0] == ["water", "3", "—"]
    assert ["wells", "1", "Edit"] in popular
    assert "forgotten" not in [row[0] for row in popular]
    assert rows(html, "searches-without-results") == [
        ["nothing like this", "English", "1"],
        ["ничего", "Русский", "1"],
    ]

    html = BeautifulSoup(
        client.get("/admin/reports/search/", {"days": "90", "language": "ru"}).content,
        "html.parser",
    )
    assert ["forgotten", "50", "—"] in rows(html, "popular-searches")
    assert rows(html, "searches-without-results") == [["ничего", "Русский", "1"]]


def test_report_survives_bad_filters(client, admin_user):
    QueryWithoutResults.add_hit("<script>x</script>", "en")
    client.force_login(admin_user)
    response = client.get("/admin/reports/search/", {"days": "abc", "language": "<x>"})
    assert response.status_code == 200
    assert b"<script>x</script>" not in response.content


def test_report_is_for_people_who_manage_search(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get("/admin/reports/search/").status_code in (302, 403)
    group.permissions.add(Permission.objects.get(codename="add_searchpromotion"))
    assert client.get("/admin/reports/search/").status_code == 200
    menu = client.get("/admin/").content.decode()
    assert "/admin/reports/search/" in menu
