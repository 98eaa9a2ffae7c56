"""A bulk loader holds search indexing back and gets the same index once it is done."""

import pytest
from wagtail.search.models import IndexEntry

from articles.models import ArticlePage
from core.indexing import search_indexing_deferred
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory


def indexed_titles():
    return set(IndexEntry.objects.values_list("title", flat=True))


@pytest.mark.django_db
def test_deferred_pages_are_indexed_once_the_block_ends(home_page):
    library = ArticleIndexPageFactory(parent=home_page)
    ArticlePageFactory(parent=library, title="Indexed at once")
    assert "Indexed at once" in indexed_titles()

    with search_indexing_deferred():
        page = ArticlePageFactory(parent=library, title="Held back")
        with search_indexing_deferred():  # an inner block leaves the indexing to the outer
            page.title = "Held back, then renamed"
            page.save()
        assert not {"Held back", "Held back, then renamed"} & indexed_titles()
    # What the database holds at the end is indexed, once.
    assert "Held back, then renamed" in indexed_titles()
    assert "Held back" not in indexed_titles()
    assert [result.pk for result in ArticlePage.objects.search("renamed")] == [page.pk]


@pytest.mark.django_db
def test_nothing_is_indexed_when_the_block_fails(home_page):
    library = ArticleIndexPageFactory(parent=home_page)
    with pytest.raises(RuntimeError), search_indexing_deferred():
        ArticlePageFactory(parent=library, title="Never finished")
        raise RuntimeError("the loader stopped")
    assert "Never finished" not in indexed_titles()
