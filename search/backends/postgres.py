"""PostgreSQL full text search with one text search configuration per language.

The index table is shared by every language. Each row is written with the configuration of
its object's locale (English pages with ``english``, Russian pages with ``russian``, the
languages PostgreSQL cannot stem with ``simple``); a query made for one language uses that
language's configuration, so it meets its pages' rows on the same stems. A query made for
no language in particular ORs the query built with every configuration, so it finds a word
whichever way its page was indexed.
"""

import copy
from collections import defaultdict
from functools import reduce
from operator import or_

from django.db.models import F, IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres import weights
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks
from wagtail.models import Locale


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)
        self.add_folded_titles(model, objs)

    def add_folded_titles(self, model, objs):
        """Append each title's script-folded keys (``HubPage.folded_title``) to its plain
        text title, which the trigram index of typo tolerance reads (search/suggestions.py):
        one statement per batch, none when no title has keys (English, for one)."""
        rows = []
        for obj in objs:
            keys = getattr(obj, "folded_title", None)
            keys = keys() if callable(keys) else keys
            if keys:
                rows.append((str(obj.pk), keys))
        if not rows:
            return
        values = ", ".join(["(%s, %s)"] * len(rows))
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {IndexEntry._meta.db_table} AS entry "  # noqa: S608 - no input
                "SET title_text = entry.title_text || ' ' || folded.keys "
                f"FROM (VALUES {values}) AS folded (object_id, keys) "
                "WHERE entry.content_type_id = %s AND entry.object_id = folded.object_id",
                [*(value for row in rows for value in row), get_content_type_pk(model)],
            )


class LanguagePostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        build = super().build_tsquery
        if isinstance(config, tuple):
            if self.fields is not None:
                # Fields searched directly are analysed on the fly with one configuration.
                return build(query, config=config[0])
            queries = [build(query, config=one) for one in config]
            queries = [one for one in queries if one is not None]
            return reduce(or_, queries) if queries else None
        return build(query, config=config)


# The hub's boost scale, one boost per PostgreSQL weight: A for the strongest fields (a
# course's catch phrase; Wagtail's document titles, 10, land here too), B for titles, C for
# summaries and intros, D for body text.
HUB_BOOSTS = (3, 2, 1.5, 1)


def use_hub_weights():
    """Map the hub's boost scale onto PostgreSQL's four weights.

    Stock modelsearch spreads the weights evenly between the largest and the smallest boost
    of every indexed model. Wagtail's document title (boost 10) then puts page titles (2),
    summaries (1.5) and bodies (1) all in weight D, and a title match ranks no higher than
    the same word in a body. Idempotent: it replaces what modelsearch's ready() computed.
    """
    scale = weights.determine_boosts_weights(HUB_BOOSTS)
    if weights.BOOSTS_WEIGHTS == scale:
        return
    weights.BOOSTS_WEIGHTS[:] = scale
    values = [boost for boost, _weight in scale]
    weights.WEIGHTS_VALUES[:] = [value / max(values) for value in reversed(values)]


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    query_compiler_class = LanguagePostgresSearchQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        use_hub_weights()
        self.search_configs = dict(params.get("SEARCH_CONFIGS", {}))
        self.default_config = params.get("DEFAULT_SEARCH_CONFIG", "simple")
        language = params.get("LANGUAGE")
        if language:
            self.config = self.search_configs.get(language, self.default_config)
        else:
            self.config = tuple(sorted({*self.search_configs.values(), self.default_config}))
        self._languages = None

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend

    def _entries(self, query_string, scope, autocomplete):
        """The index entries of ``scope``'s objects whose text matches every word, with
        the compiler that built the match (None when the words are all stop words).

        The match is on the index table alone, ``title || body`` (or ``autocomplete``)
        against the query, so PostgreSQL answers it from the GIN index on that
        expression (``search/migrations``); the scope joins in as a semi-join on integer
        ids (page ids are integers), the cast applied to the index rows that matched."""
        kind = self.autocomplete_query_compiler_class if autocomplete else self.query_compiler_class
        compiler = kind(scope.model.objects.all(), query_string, operator="and")
        config = compiler.get_config(self)
        tsquery = compiler.build_tsquery(compiler.query, config=config)
        if tsquery is None:
            return None, None
        vector = F("autocomplete") if autocomplete else F("title")._combine(F("body"), "||", False)
        entries = (
            IndexEntry.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(scope.model)
            )
            .annotate(_vector_=vector, page_id=Cast("object_id", IntegerField()))
            .filter(_vector_=tsquery, page_id__in=scope.order_by().values("pk"))
        )
        return entries, compiler

    def match_ids(self, query_string, scope):
        """The ids of the pages in ``scope`` that match, unranked: a subquery to count and
        filter on, run once per request (``search/facets.py``)."""
        entries, _compiler = self._entries(query_string, scope, autocomplete=False)
        if entries is None:
            return scope.none().values("pk")
        return entries.values("page_id")

    def ranked_ids(self, query_string, scope, start, stop, autocomplete=False):
        """The ids and content types of the matching pages from ``start`` to ``stop`` in
        rank order: the rank is computed for the matching rows only, and only their ids
        leave the database (the content type lets the pages be read from their own
        tables, without a query on ``Page`` first)."""
        entries, compiler = self._entries(query_string, scope, autocomplete)
        if entries is None:
            return []
        config = compiler.get_config(self)
        if autocomplete:
            vectors = [(F("autocomplete"), 1.0)]
        else:
            vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        rank = compiler._build_rank_expression(vectors, config)
        rows = (
            entries.annotate(rank=rank)
            .order_by("-rank", "-page_id")
            .values_list("page_id", "content_type_id")
        )
        return list(rows[start:stop])

    def config_for_object(self, obj):
        """The configuration an object is indexed with: its locale's, else the default."""
        if self._languages is None:
            self._languages = dict(Locale.objects.values_list("pk", "language_code"))
        language = self._languages.get(getattr(obj, "locale_id", None))
        return self.search_configs.get(language, self.default_config)


SearchBackend = LanguagePostgresSearchBackend
