from django.http import HttpResponse
from django.template import engines
from django.urls import path

from hub.urls import urlpatterns as hub_urlpatterns

# The baseline the pages are compared with: a plain Django template listing 20 items,
# no database, no middleware work beyond what every request gets.
LISTING = engines["django"].from_string(
    "<!DOCTYPE html><html lang='en'><head><title>{{ title }}</title></head><body>"
    "<h1>{{ title }}</h1><ul>{% for item in items %}<li><a href='{{ item.url }}'>"
    "{{ item.title }}</a> <time>{{ item.date|date:'Y-m-d' }}</time>"
    "<p>{{ item.summary|truncatewords:20 }}</p></li>{% endfor %}</ul></body></html>"
)
ITEMS = [
    {
        "url": f"/en/news/item-{number}/",
        "title": f"Item {number}",
        "date": None,
        "summary": "A short summary of the item, as a card in a listing would show it. " * 2,
    }
    for number in range(20)
]


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


def listing(request):
    return HttpResponse(LISTING.render({"title": "Twenty items", "items": ITEMS}, request))


urlpatterns = [path("__bench__/ok", ok), path("__bench__/list", listing), *hub_urlpatterns]
