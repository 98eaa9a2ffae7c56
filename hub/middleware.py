import re

from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, except that a foreign language prefix is a plain 404.

    Django redirects every unprefixed 404 to the visitor's language, so ``/fr/`` would
    become ``/en/fr/``. A path that starts with a language code we do not publish in is
    answered with the site's 404 page instead; ``/`` and ``/news/`` still redirect.
    """

    language_tag = re.compile(r"^[a-z]{2}(?:[-_][a-z0-9]{2,8})?$")

    def process_response(self, request, response):
        if response.status_code == 404:
            first_segment = request.path_info.lstrip("/").split("/", 1)[0].lower()
            if first_segment in LANG_INFO or self.language_tag.match(first_segment):
                return response
        return super().process_response(request, response)
