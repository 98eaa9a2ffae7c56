"""Factories for the library and the newsroom.

``themes``, ``countries`` and ``authors`` take lists of snippets, ``tags`` a list of names;
the dates default to a sequence of distinct days so listings have a defined order.
"""

import datetime

import factory
import wagtail_factories

from articles.models import (
    ArticleIndexPage,
    ArticleKind,
    ArticlePage,
    NewsIndexPage,
    NewsPage,
)


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Library"
    slug = "library"
    intro = "Analysis, policy information, resources and essays."


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"
    intro = "What happens in the programme."


class PublicationFactory(wagtail_factories.PageFactory):
    """Shared fields; the date counts back one day per page from 1 June 2021."""

    title = factory.Sequence(lambda n: f"Publication {n}")
    summary = factory.LazyAttribute(lambda page: f"A summary of {page.title}.")
    publication_date = factory.Sequence(
        lambda n: datetime.date(2021, 6, 1) - datetime.timedelta(days=n)
    )
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Community groups met the council.</p>"}]
    )

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, names, **kwargs):
        if names:
            self.tags.add(*names)
            if create:
                self.save()

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        people = kwargs.pop("authors", None) or []
        author_model = model_class._meta.get_field("authors").related_model
        kwargs["authors"] = [author_model(person=person) for person in people]
        return super()._create_instance(model_class, parent, kwargs)


class ArticlePageFactory(PublicationFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Article {n}")
    kind = ArticleKind.ANALYSIS


class NewsPageFactory(PublicationFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
