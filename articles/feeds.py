"""RSS 2.0 feeds of the library and the newsroom, one per index page and language.

Served by the index page itself (``/en/news/feed/``), so every locale's section has its own
feed of its own pages without any URL configuration.
https://docs.djangoproject.com/en/stable/ref/utils/#module-django.utils.feedgenerator
"""

import datetime
from urllib.parse import urljoin

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from .listing import live_publications, localized, with_card_data

FEED_SIZE = 20
ENCLOSURE_FILTER = "width-1200|format-jpeg"


def published_at(page):
    """When the page appeared: its first publication, unless an editor dated it otherwise."""
    first = page.first_published_at
    if first is not None and timezone.localdate(first) == page.publication_date:
        return first
    if page.publication_date is None:
        return first
    midnight = datetime.datetime.combine(page.publication_date, datetime.time())
    return timezone.make_aware(midnight)


def image_enclosure(image, base_url):
    """The hero image as an enclosure, with the byte length RSS requires."""
    rendition = image.get_rendition(ENCLOSURE_FILTER)
    try:
        length = rendition.file.size
    except (OSError, ValueError):
        length = 0
    return Enclosure(urljoin(base_url, rendition.url), str(length), "image/jpeg")


def publication_feed(index_page, request):
    pages = list(with_card_data(live_publications(index_page))[:FEED_SIZE])
    locale_id = index_page.locale_id
    themes = localized({theme for page in pages for theme in page.themes.all()}, locale_id)
    theme_names = {theme.translation_key: theme.name for theme in themes}
    index_url = index_page.get_full_url(request)
    feed = Rss201rev2Feed(
        title=f"{index_page.title} · {_('Civil Society Hub')}",
        link=index_url,
        description=index_page.intro or index_page.title,
        language=index_page.locale.language_code,
        feed_url=urljoin(index_url, index_page.reverse_subpage("feed")),
    )
    for page in pages:
        url = page.get_full_url(request)
        feed.add_item(
            title=page.title,
            link=url,
            description=page.summary,
            pubdate=published_at(page),
            unique_id=url,
            unique_id_is_permalink=True,
            author_name=", ".join(link.person.name for link in page.authors.all()) or None,
            categories=[
                *(theme_names[theme.translation_key] for theme in page.themes.all()),
                *(item.tag.name for item in page.tagged_items.all()),
            ],
            enclosures=[image_enclosure(page.hero_image, url)] if page.hero_image else None,
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
