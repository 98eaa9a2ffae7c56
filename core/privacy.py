"""Who may see a page: a view restriction reaches the page's copies in every language.

Wagtail applies a page view restriction (a password, a login, chosen groups) to the page
it is set on and to the pages under it, and an alias follows its source's restrictions
when served. The hub keeps one page tree per language: wagtail-localize's translations
and aliases of a page live in the other trees and share its ``translation_key``. A
restriction set on the English page after its copies were made would not reach them,
and the copies would show the text (a grantee's contact details, say) in every other
language. So, in the hub, a restriction set on page P reaches:

- P and the pages under it (Wagtail's own rule);
- every page in any language that shares the translation key of one of those pages, or
  that is an alias of such a page;
- and the pages under those (a Kazakh page added under the Kazakh copy of a
  restricted English section).

Two ways of asking, with the same answer:

- ``public_in_every_locale(queryset)``: the pages of a queryset that no restriction
  reaches. Every public surface (page listings, menus, search and autocomplete, feeds, the
  sitemap, related publications, the grants map, statistics and open data, the JSON API)
  filters with it instead of Wagtail's ``public()``. Like ``public()`` it reads the
  restrictions once (kept until the next publish: no query while nothing is restricted),
  then finds the topmost pages they reach in every language (a query answered from the
  path and translation key indexes, so its cost follows the restricted pages, not the
  size of the site); their subtrees are excluded by path prefix, which the database
  answers from its path index and Elasticsearch can apply as well.
- ``RestrictedCopiesMixin.get_view_restrictions()``: the restrictions that reach one page,
  in one query (none while nothing is restricted). Wagtail's page serving asks it, so a
  copy asks for its original's password or login, and its answer is marked ``no-cache``
  (never kept by the page cache).
  https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.get_view_restrictions
"""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, PageViewRestriction

from .page_cache import kept_until_publish

STEP = Page.steplen  # characters of a tree path per level (treebeard's materialised path)


def _within(paths):
    """A condition matching the pages at or under the pages at ``paths``."""
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition if condition else Q(pk__in=[])


def restricted_paths():
    """The tree paths of the pages that carry a view restriction.

    Kept until the next publish: a restriction's save or delete, a move (which changes
    paths) and a delete all bump the page cache's generation (core/signals.py), so the set
    is never older than the restrictions. Where it is empty (most sites, most of the
    time), nothing is restricted and no further query is needed."""
    return kept_until_publish(
        "restricted-paths",
        lambda: frozenset(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def hidden_sections():
    """The paths of the topmost pages that a restriction reaches, sorted.

    The restricted pages' paths (``restricted_paths``, kept until the next publish), then,
    where there are any, one query for the paths of the pages reached. Knowing the
    restricted paths lets the database read their subtrees from its path index, so the
    cost follows the restricted pages and their copies, not the size of the site. Of the
    pages reached, those under another one are dropped here (their subtree is excluded
    with it).
    """
    restricted = restricted_paths()
    if not restricted:
        return []
    keys = Page.objects.filter(_within(restricted)).order_by().values("translation_key")
    # Copies share the key; an alias in its source's language has a key of its own. A
    # union rather than one OR, so that each part is looked up by its own index.
    copies = Page.objects.filter(translation_key__in=keys).order_by()
    aliases = Page.objects.filter(alias_of__translation_key__in=keys).order_by()
    reached = copies.values_list("path", flat=True).union(aliases.values_list("path", flat=True))
    topmost = []
    for path in sorted(reached):  # sorted, so a page's descendants follow it
        if not topmost or not path.startswith(topmost[-1]):
            topmost.append(path)
    return topmost


def restricted_q():
    """A condition matching every page a restriction reaches (see the module)."""
    return _within(hidden_sections())


def public_in_every_locale(queryset):
    """The pages of ``queryset`` that no view restriction reaches, in any language."""
    return queryset.exclude(restricted_q())


def restrictions_over(page):
    """The view restrictions that reach ``page``, from any language's tree (one query, none
    while nothing on the site is restricted)."""
    if not restricted_paths():
        return PageViewRestriction.objects.none()
    path = page.path or ""
    lineage = Page.objects.filter(
        path__in=[path[:end] for end in range(STEP, len(path) + 1, STEP)]
    ).order_by()
    sources = lineage.filter(alias_of__isnull=False).values("alias_of__translation_key")
    copies = Page.objects.filter(
        translation_key__in=lineage.values("translation_key").union(sources)
    )
    return PageViewRestriction.objects.filter(
        Exists(copies.filter(path__startswith=OuterRef("page__path")))
    )


class RestrictedCopiesMixin:
    """For page models: a restriction on any language's copy applies here (see the module)."""

    def get_view_restrictions(self):
        return restrictions_over(self)
