"""Slows down password guessing on the admin login.

After ``LOGIN_FAILURE_LIMIT`` failed logins from one address within
``LOGIN_FAILURE_WINDOW`` seconds, further login attempts from it are refused with 429
until the window has passed. A successful login clears the count.
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.template.response import TemplateResponse

LOGIN_PATHS = ("/admin/login/",)


def _client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(request):
    return f"login-failures:{_client_address(request)}"


def record_failure(sender, credentials=None, request=None, **kwargs):
    if request is None:
        return
    key = _key(request)
    if cache.add(key, 1, timeout=settings.LOGIN_FAILURE_WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=settings.LOGIN_FAILURE_WINDOW)


def clear_failures(sender, request=None, **kwargs):
    if request is not None:
        cache.delete(_key(request))


def connect():
    user_login_failed.connect(record_failure, dispatch_uid="login-throttle-failure")
    user_logged_in.connect(clear_failures, dispatch_uid="login-throttle-success")


class LoginThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path in LOGIN_PATHS
            and (cache.get(_key(request)) or 0) >= settings.LOGIN_FAILURE_LIMIT
        ):
            response = TemplateResponse(
                request,
                "429.html",
                {"retry_minutes": max(1, settings.LOGIN_FAILURE_WINDOW // 60)},
                status=429,
            )
            response["Retry-After"] = str(settings.LOGIN_FAILURE_WINDOW)
            return response.render()
        return self.get_response(request)
