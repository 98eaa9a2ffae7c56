"""Two-phase serialisation: serialise first, then load every referenced object at once.

Wagtail's v2 serialisers resolve each image, linked page, rich text link and translation
while they serialise one page, so a listing of 20 pages makes queries in proportion to 20.
Here serialiser fields return a :class:`Ref` placeholder instead; once the whole response
is built, :func:`resolve` collects the placeholders, loads each kind in one query (all
images with their renditions, all linked pages, all translations ...) and puts the values
in their place. The number of queries then depends on the kinds of things a response
refers to, not on how many there are.
"""

from collections import defaultdict

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.api.v2.utils import (
    BadRequestError,
    get_object_detail_url,
    get_restricted_collection_ids,
)
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import CollectionViewRestriction, Locale, Page
from wagtail.rich_text import expand_db_html

from core.page_cache import kept_until_publish
from core.privacy import public_in_every_locale

# The image sizes every image in the API comes in: a card crop, a column and a full width.
RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "max-800x800",
    "large": "max-1600x1600",
}

# Joins all rich text of a response so that its links are expanded in one pass; the
# rewriter only touches <a> and <embed> tags, so a comment passes through unchanged.
_RICH_TEXT_SEPARATOR = "<!--hub-api-rich-text-boundary-->"


def public_pages(request):
    """Live pages of the request's site, in every language, that no view restriction reaches.

    Unlike Wagtail's ``get_public_pages_queryset``, a restriction on a page hides its
    copies in every language too (core/privacy.py), and it does so whoever asks, even a
    visitor who entered the password or logged in: API answers are cached publicly.
    """
    try:
        site = SiteFilterValidator(site=request.GET.get("site"), request=request).site_obj
    except ValueError as error:
        raise BadRequestError(str(error)) from error
    if site is None:
        return Page.objects.none()
    in_site = Q()
    for path in _home_paths(site):
        in_site |= Q(path__startswith=path)
    return public_in_every_locale(Page.objects.live().filter(in_site))


def _home_paths(site):
    """The tree paths of the site's home in every language, kept until the next publish."""
    root = site.root_page
    return kept_until_publish(
        f"api-home-paths:{site.pk}",
        lambda: [root.path, *root.get_translations().values_list("path", flat=True)],
    )


# Kept until they change rather than until the next publish (publishing changes neither),
# so the first listing after a publish does not read them again; ``connect_signals``
# forgets them when a row is saved or deleted.
LOCALE_CODES_KEY = "api:locale-codes"
COLLECTION_RESTRICTIONS_KEY = "api:collection-restrictions"


def _kept_until_changed(key, build):
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=None)
    return value


def restricted_collection_ids(request):
    """Wagtail's ``get_restricted_collection_ids`` without a query while no collection is
    restricted for the request."""
    restrictions = _kept_until_changed(
        COLLECTION_RESTRICTIONS_KEY, lambda: list(CollectionViewRestriction.objects.all())
    )
    if all(restriction.accept_request(request) for restriction in restrictions):
        return set()
    return get_restricted_collection_ids(request)


def locale_codes():
    """``{locale id: language code}`` of every locale."""
    return _kept_until_changed(
        LOCALE_CODES_KEY, lambda: dict(Locale.objects.values_list("id", "language_code"))
    )


def connect_signals():
    for model, key in (
        (Locale, LOCALE_CODES_KEY),
        (CollectionViewRestriction, COLLECTION_RESTRICTIONS_KEY),
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                lambda key=key, **_kwargs: cache.delete(key),
                sender=model,
                weak=False,
                dispatch_uid=f"api-forget-{key}",
            )


class Ref:
    """A value that :func:`resolve` replaces once all references of a response are known."""

    __slots__ = ("kind", "key")

    def __init__(self, kind, key):
        self.kind = kind
        self.key = key

    def __repr__(self):
        return f"Ref({self.kind!r}, {self.key!r})"


def resolve(data, request, router):
    """Replace every :class:`Ref` in ``data`` (nested dicts and lists) in place.

    Resolved values may hold references of their own (a person's photo inside a nested
    person), so this repeats until nothing is left, at most a few rounds.
    """
    loader = _Loader(request, router)
    for _round in range(4):
        found = []
        _collect(data, found)
        if not found:
            break
        keys = defaultdict(set)
        for _container, _slot, ref in found:
            keys[ref.kind].add(ref.key)
        values = {kind: loader.load(kind, kind_keys) for kind, kind_keys in keys.items()}
        for container, slot, ref in found:
            container[slot] = values[ref.kind].get(ref.key)
    return data


def _collect(data, found):
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return
    for slot, value in items:
        if isinstance(value, Ref):
            found.append((data, slot, value))
        else:
            _collect(value, found)


class _Loader:
    def __init__(self, request, router):
        self.request = request
        self.router = router
        self._public_pages = None

    def load(self, kind, keys):
        return getattr(self, f"load_{kind}")(keys)

    def public_pages(self):
        """Live pages that anonymous visitors may see (no drafts, no private sections)."""
        if self._public_pages is None:
            self._public_pages = getattr(self.request, "hub_public_pages", None)
        if self._public_pages is None:
            self._public_pages = public_pages(self.request)
        return self._public_pages

    def detail_url(self, model, pk):
        return get_object_detail_url(self.router, self.request, model, pk)

    def page_summary(self, page):
        return {
            "id": page.id,
            "type": _type_name(page.specific_class) if page.specific_class else None,
            "title": page.title,
            "locale": page.locale.language_code,
            "html_url": page.get_full_url(self.request),
            "detail_url": self.detail_url(Page, page.id),
        }

    def load_locale(self, keys):
        codes = locale_codes()
        if any(key not in codes for key in keys):  # a locale added since: read them all
            codes = dict(Locale.objects.filter(id__in=keys).values_list("id", "language_code"))
        return {key: codes[key] for key in keys if key in codes}

    def load_richtext(self, keys):
        sources = list(keys)
        expanded = expand_db_html(_RICH_TEXT_SEPARATOR.join(sources)).split(_RICH_TEXT_SEPARATOR)
        if len(expanded) != len(sources):  # a text contained the separator: expand one by one
            expanded = [expand_db_html(source) for source in sources]
        return dict(zip(sources, expanded, strict=True))

    def load_page(self, keys):
        ids = [key for key in keys if isinstance(key, int)]
        pages = self.public_pages().filter(id__in=ids).select_related("locale")
        return {page.id: self.page_summary(page) for page in pages}

    def load_image(self, keys):
        images = (
            get_image_model()
            .objects.filter(id__in=[key for key in keys if isinstance(key, int)])
            .exclude(collection__in=restricted_collection_ids(self.request))
            .prefetch_renditions(*RENDITIONS.values())
        )
        return {image.id: self.image(image) for image in images}

    def load_renditions(self, keys):
        return {pk: image["renditions"] for pk, image in self.load_image(keys).items()}

    def image(self, image):
        try:
            renditions = image.get_renditions(*RENDITIONS.values())
        except SourceImageIOError:
            renditions = {}
        return {
            "id": image.id,
            "title": image.title,
            "alt": image.default_alt_text,
            "width": image.width,
            "height": image.height,
            "detail_url": self.detail_url(type(image), image.id),
            "renditions": {
                name: {
                    "url": renditions[spec].full_url,
                    "width": renditions[spec].width,
                    "height": renditions[spec].height,
                }
                for name, spec in RENDITIONS.items()
                if spec in renditions
            },
        }

    def load_document(self, keys):
        documents = (
            get_document_model()
            .objects.filter(id__in=[key for key in keys if isinstance(key, int)])
            .exclude(collection__in=restricted_collection_ids(self.request))
        )
        return {
            document.id: {
                "id": document.id,
                "title": document.title,
                "file_extension": document.file_extension,
                "file_size": document.file_size,
                "download_url": self.request.build_absolute_uri(document.url),
                "detail_url": self.detail_url(type(document), document.id),
            }
            for document in documents
        }

    def load_object(self, keys):
        """Snippets chosen in blocks: through their endpoint's nested fields where one exists."""
        by_model = defaultdict(list)
        for model, pk in keys:
            by_model[model].append(pk)
        values = {}
        for model, pks in by_model.items():
            endpoint = self.router.registered_endpoint(model)
            for obj in model._default_manager.filter(pk__in=pks):
                if endpoint:
                    serializer_class = endpoint[1]._get_serializer_class(
                        self.router, model, [], nested=True
                    )
                    context = {"request": self.request, "router": self.router, "view": None}
                    value = serializer_class(context=context).to_representation(obj)
                else:
                    value = {"id": obj.pk, "type": _type_name(model), "title": str(obj)}
                values[(model, obj.pk)] = value
        return values

    def load_translations(self, keys):
        """Each page's other languages, as far as they are public, in one query."""
        groups = defaultdict(list)
        translation_keys = {translation_key for _id, translation_key in keys}
        pages = (
            self.public_pages()
            .filter(translation_key__in=translation_keys)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for page in pages:
            groups[page.translation_key].append(
                {
                    "locale": page.locale.language_code,
                    "id": page.id,
                    "html_url": page.get_full_url(self.request),
                    "detail_url": self.detail_url(Page, page.id),
                    "is_translation_fallback": page.alias_of_id is not None,
                }
            )
        return {
            (page_id, translation_key): [
                entry for entry in groups[translation_key] if entry["id"] != page_id
            ]
            for page_id, translation_key in keys
        }

    def load_fallback(self, keys):
        """An alias in another language than its source is English content shown as fallback."""
        alias_locales = dict(
            Page.objects.filter(id__in={alias_of_id for _locale, alias_of_id in keys}).values_list(
                "id", "locale_id"
            )
        )
        return {
            (locale_id, alias_of_id): alias_locales.get(alias_of_id, locale_id) != locale_id
            for locale_id, alias_of_id in keys
        }


def _type_name(model):
    return f"{model._meta.app_label}.{model.__name__}"
