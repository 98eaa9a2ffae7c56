"""Building blocks for the demo loaders: stable keys, generated images, idempotent pages."""

import colorsys
import io
import random
import uuid

from django.conf import settings
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

DEMO_NAMESPACE = uuid.UUID("6f2d3a8e-3f1c-4c55-9d0a-7f1e2b8c4d10")
SAMPLE_COLLECTION = "Sample content"
SAMPLE_LABEL = "Sample content"


def demo_key(name):
    """The translation key of a demo object: the same on every run and every machine."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def demo_random(name):
    """A random generator seeded by ``name``, so generated data is the same on every run."""
    return random.Random(str(demo_key(name)))


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def sample_collection():
    collection = Collection.objects.filter(name=SAMPLE_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=SAMPLE_COLLECTION)
    return collection


def _palette(rng):
    hue = rng.random()
    return [
        tuple(int(c * 255) for c in colorsys.hls_to_rgb((hue + shift) % 1, light, 0.45))
        for shift, light in ((0, 0.28), (0.08, 0.45), (0.5, 0.62), (0.15, 0.8))
    ]


def render_image(name, width=1200, height=800, label=""):
    """JPEG bytes of an abstract picture drawn from ``name``: gradient sky, hills, sun."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    rng = demo_random(f"image:{name}")
    dark, mid, light, pale = _palette(rng)
    picture = PILImage.new("RGB", (width, height), pale)
    draw = ImageDraw.Draw(picture)
    for y in range(0, height, 4):
        t = y / height
        colour = tuple(int(pale[i] * (1 - t) + light[i] * t) for i in range(3))
        draw.rectangle([0, y, width, y + 4], fill=colour)
    sun_x, sun_r = rng.randint(width // 5, width * 4 // 5), rng.randint(height // 12, height // 7)
    draw.ellipse([sun_x - sun_r, height // 5, sun_x + sun_r, height // 5 + 2 * sun_r], fill=mid)
    for layer, colour in enumerate((light, mid, dark)):
        base = height * (0.55 + 0.13 * layer)
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base - rng.randint(0, int(height * 0.12))))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    if label:
        draw.rectangle([0, height - 56, width, height], fill=dark)
        draw.text((24, height - 44), label, fill=pale, font_size=28)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80, optimize=True)
    return buffer.getvalue()


def demo_image(name, title=None, width=1200, height=800, label=""):
    """A generated image in the Sample content collection, made once and then reused."""
    Image = get_image_model()
    title = title or name
    image = Image.objects.filter(title=title, collection__name=SAMPLE_COLLECTION).first()
    if image is None:
        data = render_image(name, width=width, height=height, label=label)
        image = Image(title=title, collection=sample_collection())
        image.file = ImageFile(io.BytesIO(data), name=f"{demo_key(name)}.jpg")
        image.save()
    return image


def find_page(model, key, locale=None):
    locale = locale or source_locale()
    return model.objects.filter(translation_key=demo_key(key), locale=locale).first()


def ensure_page(
    parent, model, key, *, publish=True, first_published_at=None, aliases=True, **fields
):
    """The demo page ``key`` under ``parent``, created and published if it does not exist.

    An existing page is returned untouched, so editors' changes to demo content survive a
    rerun. New pages in the source language get aliases in every synchronised locale, as
    pages created in the admin do, unless ``aliases=False`` (a loader that builds a whole
    section first and then aliases it in one recursive pass, which is much faster).
    """
    from wagtail_localize.synctree import create_aliases_for_new_page

    page = find_page(model, key, locale=parent.locale)
    if page is not None:
        return page, False
    page = model(translation_key=demo_key(key), locale=parent.locale, **fields)
    parent.add_child(instance=page)
    if publish:
        revision = page.save_revision(log_action=False)
        revision.publish(log_action=False)
        page.refresh_from_db()
        if first_published_at is not None:
            Page.objects.filter(pk=page.pk).update(
                first_published_at=first_published_at, last_published_at=first_published_at
            )
            page.first_published_at = page.last_published_at = first_published_at
        if aliases and parent.locale == source_locale():
            create_aliases_for_new_page(page)
    return page, True
