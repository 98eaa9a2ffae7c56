"""A bulk loader holds search indexing back and gets the same index once it is done."""

import pytest
from wagtail.search.models import IndexEntry

from articles.models import ArticlePage
from core.indexing import search_indexing_deferred
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory


def indexed_ids():
    """The ids of the indexed objects (the title column holds a tsvector on PostgreSQL)."""
    return {int(pk) for pk in IndexEntry.objects.values_list("object_id", flat=True)}


@pytest.mark.django_db
def test_deferred_pages_are_indexed_once_the_block_ends(home_page):
    library = ArticleIndexPageFactory(parent=home_page)
    first = ArticlePageFactory(parent=library, title="Indexed at once")
    assert first.pk in indexed_ids()

    with search_indexing_deferred():
        page = ArticlePageFactory(parent=library, title="Held back")
        with search_indexing_deferred():  # an inner block leaves the indexing to the outer
            page.title = "Held back, then renamed"
            page.save()
        assert page.pk not in indexed_ids()
    # What the database holds at the end is indexed, once.
    assert IndexEntry.objects.filter(object_id=str(page.pk)).count() == 1
    assert [result.pk for result in ArticlePage.objects.search("renamed")] == [page.pk]


@pytest.mark.django_db
def test_nothing_is_indexed_when_the_block_fails(home_page):
    library = ArticleIndexPageFactory(parent=home_page)
    with pytest.raises(RuntimeError), search_indexing_deferred():
        never = ArticlePageFactory(parent=library, title="Never finished")
        raise RuntimeError("the loader stopped")
    assert library.pk in indexed_ids()
    assert never.pk not in indexed_ids()
