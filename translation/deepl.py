"""DeepL machine translation that follows each language's glossary.

wagtail-localize's ``DeepLTranslator`` accepts fixed glossary ids in its options; here the
glossary is the one translators keep in the admin (``GlossaryTerm``). Before translating
into a language with terms, the translator makes sure DeepL holds a glossary with exactly
those terms for the pair and sends its id with the strings (``glossary_id``).

DeepL glossaries cannot be changed, so each is named after a digest of its entries: a
changed glossary is a new name, created once, and the pair's older glossaries are deleted.
The pair's current name and id are kept in the cache. DeepL supports glossaries for some language
pairs only; the pairs come from DeepL (``/v2/glossary-language-pairs``, cached for a day)
and a language outside them is translated without a glossary, as is every language when
DeepL's glossary endpoints fail. LibreTranslate and the dummy translator know nothing of
the glossary. https://developers.deepl.com/docs/api-reference/glossaries
"""

import hashlib
import logging

import requests
from django.core.cache import cache
from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code

from .models import GlossaryTerm

logger = logging.getLogger(__name__)

NAME_PREFIX = "hub glossary"
PAIRS_TIMEOUT = 24 * 60 * 60
GLOSSARY_TIMEOUT = 7 * 24 * 60 * 60


class GlossaryUnavailable(Exception):
    """DeepL's glossary endpoints did not answer as documented."""


def glossary_lang(code):
    """DeepL's glossary language for a locale ("pt-br" → "pt"), lower case as DeepL lists
    the pairs."""
    return language_code(code).lower()


def glossary_entries(locale):
    """The glossary of ``locale`` as DeepL's TSV: one ``term<TAB>translation`` a line."""
    terms = GlossaryTerm.objects.filter(locale=locale).order_by("english")
    return "\n".join(f"{term.english}\t{term.translation}" for term in terms)


class GlossaryDeepLTranslator(DeepLTranslator):
    display_name = "DeepL"

    # DeepL's HTTP API ------------------------------------------------------------------

    def api_url(self, path):
        return self.get_api_endpoint().rsplit("/translate", 1)[0] + path

    def _call(self, method, path, **kwargs):
        try:
            response = requests.request(
                method,
                self.api_url(path),
                headers=self.get_headers(),
                timeout=int(self.options.get("TIMEOUT", 30)),
                **kwargs,
            )
            response.raise_for_status()
        except requests.RequestException as error:
            raise GlossaryUnavailable(f"{method} {path}: {error}") from error
        return response.json() if response.content else {}

    def glossary_pairs(self):
        """``{(source, target)}`` of the pairs DeepL makes glossaries for."""
        key = f"deepl-glossary-pairs:{self.api_url('')}"
        pairs = cache.get(key)
        if pairs is None:
            answer = self._call("GET", "/glossary-language-pairs")
            pairs = {
                (pair["source_lang"].lower(), pair["target_lang"].lower())
                for pair in answer.get("supported_languages", [])
            }
            cache.set(key, pairs, PAIRS_TIMEOUT)
        return pairs

    def _pair_glossaries(self, source, target):
        prefix = f"{NAME_PREFIX} {source}-{target} "
        return [
            glossary
            for glossary in self._call("GET", "/glossaries").get("glossaries", [])
            if glossary.get("name", "").startswith(prefix)
        ]

    def _create(self, name, source, target, entries):
        existing = self._pair_glossaries(source, target)
        found = next((g for g in existing if g["name"] == name), None)
        if found is None:
            found = self._call(
                "POST",
                "/glossaries",
                data={
                    "name": name,
                    "source_lang": source,
                    "target_lang": target,
                    "entries": entries,
                    "entries_format": "tsv",
                },
            )
        for stale in existing:
            if stale["glossary_id"] != found["glossary_id"]:
                self._call("DELETE", f"/glossaries/{stale['glossary_id']}")
        return found["glossary_id"]

    # The glossary of a translation -------------------------------------------------------

    def glossary_id(self, source_locale, target_locale):
        """The id of DeepL's glossary for the pair, made now if needed; None when the
        language has no terms, DeepL has no glossaries for the pair, or DeepL failed."""
        entries = glossary_entries(target_locale)
        if not entries:
            return None
        source = glossary_lang(source_locale.language_code)
        target = glossary_lang(target_locale.language_code)
        digest = hashlib.sha256(entries.encode()).hexdigest()[:16]
        name = f"{NAME_PREFIX} {source}-{target} {digest}"
        key = f"deepl-glossary:{self.api_url('')}:{source}-{target}"
        try:
            if (source, target) not in self.glossary_pairs():
                return None
            cached_name, glossary_id = cache.get(key, (None, None))
            if cached_name != name:
                glossary_id = self._create(name, source, target, entries)
                cache.set(key, (name, glossary_id), GLOSSARY_TIMEOUT)
        except (GlossaryUnavailable, KeyError, TypeError, ValueError) as error:
            logger.warning("DeepL glossary for %s-%s not used: %s", source, target, error)
            return None
        return glossary_id

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if "glossary_id" not in parameters:
            glossary_id = self.glossary_id(source_locale, target_locale)
            if glossary_id:
                parameters["glossary_id"] = glossary_id
        return parameters
