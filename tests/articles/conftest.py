import pytest

from .factories import ArticleIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def library(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def newsroom(home_page):
    return NewsIndexPageFactory(parent=home_page)
