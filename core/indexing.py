"""Search indexing that a bulk loader can hold back until it has saved everything.

Pages whose ``save()`` indexes them itself (``search_auto_update = False``) go through
``index_object``. A loader that saves each page several times (created, revised,
published, aliased) opens ``search_indexing_deferred()``: the saves then only note the
object, and each noted object is indexed once, in bulk per model, when the block ends.
"""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.search import index
from wagtail.search.backends import get_search_backends

_deferred = ContextVar("deferred_search_indexing", default=None)


def index_object(instance):
    noted = _deferred.get()
    if noted is None:
        index.insert_or_update_object(instance)
    else:
        noted[type(instance)].add(instance.pk)


@contextmanager
def search_indexing_deferred():
    """Index what ``index_object`` was given in the block once, after the block succeeded.

    The objects are read back from the database, so the index holds what was stored last.
    """
    outer = _deferred.get()
    noted = defaultdict(set) if outer is None else outer
    token = _deferred.set(noted)
    try:
        yield
    finally:
        _deferred.reset(token)
    if outer is not None:
        return  # the outermost block indexes
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in noted.items():
        objects = list(model.get_indexed_objects().filter(pk__in=pks))
        for backend in backends:
            backend.add_bulk(model, objects)
