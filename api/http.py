"""HTTP conventions of everything under ``/api/``: JSON errors, validators, CDN caching.

One middleware instead of per-view decorators, so endpoints added by other apps (grants,
search) follow the same rules without knowing about them:

- every 4xx/5xx answer is JSON ``{"message": ...}``, also Django's own HTML 404/405 pages;
- every successful GET carries a weak ETag computed from the body; Django's
  ``ConditionalGetMiddleware`` (in ``MIDDLEWARE``) answers a matching ``If-None-Match``
  with ``304 Not Modified``;
- ``Cache-Control: public, max-age=..., stale-while-revalidate=...`` unless the view set
  its own (previews say ``private, no-store``).

CORS is django-cors-headers' job (``CORS_ALLOWED_ORIGINS``, ``CORS_URLS_REGEX``).
"""

import hashlib
import json
from http import HTTPStatus

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import patch_cache_control

API_PREFIX = "/api/"


def error_response(status, message):
    return JsonResponse({"message": message}, status=status)


def with_length(response):
    """Content-Length of the body as sent: CommonMiddleware counted it before a rewrite."""
    if not response.streaming:
        response["Content-Length"] = str(len(response.content))
    return response


class ApiHttpMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path_info.startswith(API_PREFIX):
            return response
        if response.status_code >= 400:
            return with_length(self.as_json_error(request, response))
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            return self.cacheable(request, response)
        return response

    def as_json_error(self, request, response):
        if response.get("Content-Type", "").startswith("application/json"):
            return self.with_message(response)
        status = response.status_code
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
        if status == 404:
            message = f"Not found: {request.path_info}"
        elif status == 405:
            message = f"Method {request.method} is not allowed here"
        else:
            message = phrase or "Error"
        json_response = error_response(status, message)
        for header in ("Allow", "Vary"):
            if header in response:
                json_response[header] = response[header]
        json_response["Cache-Control"] = "no-store" if status >= 500 else "public, max-age=60"
        return json_response

    def with_message(self, response):
        """A JSON error from another app (``{"error": ...}``) gains the shared ``message``."""
        if response.streaming:
            return response
        try:
            data = json.loads(response.content)
        except ValueError:
            return response
        if isinstance(data, dict) and "message" not in data:
            data = {"message": str(data.get("error") or data.get("detail") or "Error"), **data}
            response.content = json.dumps(data, ensure_ascii=False).encode()
        return response

    def cacheable(self, request, response):
        if response.streaming:
            return response
        if not response.has_header("ETag"):
            # Weak, unlike Django's: a CDN that compresses the JSON keeps it valid.
            digest = hashlib.sha256(response.content).hexdigest()[:32]
            response["ETag"] = f'W/"{digest}"'
        if not response.has_header("Cache-Control"):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.API_CACHE_MAX_AGE,
                stale_while_revalidate=settings.API_CACHE_STALE_WHILE_REVALIDATE,
            )
        return response
