"""The library (analysis, policy information, resources, essays) and the newsroom.

Both sections share one shape of page, ``Publication``: summary, hero image, body,
publication date, ordered authors, themes, countries, free tags and related pages. Each
concrete page type keeps its own inline and tag tables, because modelcluster's child
relations point at one concrete model.
https://docs.wagtail.org/en/stable/topics/pages.html
https://docs.wagtail.org/en/stable/reference/pages/panels.html#tabbedinterface
"""

from .index import PublicationIndexPage, publication_edit_handler
from .pages import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedPage,
    NewsAuthor,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
    NewsRelatedPage,
    remove_from_search_index,
)
from .publication import Publication
from .shared import (
    KINDS_WITH_DOCUMENTS,
    SHARE_TARGETS,
    SOCIAL_IMAGE_FILTER,
    WORDS_PER_MINUTE,
    ArticleKind,
    AuthorLink,
    RelatedPageLink,
    share_links,
)

__all__ = [
    "ArticleAuthor",
    "ArticleIndexPage",
    "ArticleKind",
    "ArticlePage",
    "ArticlePageTag",
    "ArticleRelatedPage",
    "AuthorLink",
    "KINDS_WITH_DOCUMENTS",
    "NewsAuthor",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "NewsRelatedPage",
    "Publication",
    "PublicationIndexPage",
    "RelatedPageLink",
    "SHARE_TARGETS",
    "SOCIAL_IMAGE_FILTER",
    "WORDS_PER_MINUTE",
    "publication_edit_handler",
    "remove_from_search_index",
    "share_links",
]
