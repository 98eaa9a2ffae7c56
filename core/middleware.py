import re

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

from .i18n import request_memo


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, except that a foreign language prefix is a plain 404 and
    the JSON API is left alone.

    Django redirects every unprefixed 404 to the visitor's language, so ``/fr/`` would
    become ``/en/fr/``. A path that starts with a language code we do not publish in is
    answered with the site's 404 page instead; ``/`` and ``/news/`` still redirect.

    ``/api/`` lives outside the language prefixes: its 404s and 400s must reach the client
    as JSON (``/api/v2/pages/999/`` redirecting to ``/en/api/v2/pages/999/`` would be served
    by the page tree), and its responses must not vary by ``Accept-Language`` or a CDN would
    store one copy per browser language. Content language there is chosen with ``?locale=``.
    """

    language_tag = re.compile(r"^[a-z]{2}(?:[-_][a-z0-9]{2,8})?$")
    unprefixed_prefix = "/api/"

    def __call__(self, request):
        with request_memo():
            return super().__call__(request)

    def is_api(self, request):
        return request.path_info.startswith(self.unprefixed_prefix)

    def process_request(self, request):
        if self.is_api(request):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return None
        return super().process_request(request)

    def process_response(self, request, response):
        if self.is_api(request):
            return response
        if response.status_code == 404:
            first_segment = request.path_info.lstrip("/").split("/", 1)[0].lower()
            if first_segment in LANG_INFO or self.language_tag.match(first_segment):
                return response
        return super().process_response(request, response)
