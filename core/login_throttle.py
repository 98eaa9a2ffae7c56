"""Slows down password guessing on the admin login.

After ``LOGIN_FAILURE_LIMIT`` failed logins from one client address within
``LOGIN_FAILURE_WINDOW`` seconds, further login attempts from it are refused with 429
until the window has passed. A successful login clears the count. The address is the
client's, not a reverse proxy's (``core.ratelimit.client_address``): otherwise a few
failures by anyone would lock every editor out.
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.template.response import TemplateResponse

from . import ratelimit

LOGIN_PATHS = ("/admin/login/",)
GROUP = "admin-login-failures"


def _rate():
    return (settings.LOGIN_FAILURE_LIMIT, settings.LOGIN_FAILURE_WINDOW)


def record_failure(sender, credentials=None, request=None, **kwargs):
    if request is not None:
        ratelimit.hit(request, GROUP, _rate(), ratelimit.client_address(request))


def clear_failures(sender, request=None, **kwargs):
    if request is not None:
        ratelimit.reset(GROUP, _rate(), ratelimit.client_address(request))


def connect():
    user_login_failed.connect(record_failure, dispatch_uid="login-throttle-failure")
    user_logged_in.connect(clear_failures, dispatch_uid="login-throttle-success")


def too_many_failures(request):
    failures = ratelimit.count(request, GROUP, _rate(), ratelimit.client_address(request))
    return failures >= settings.LOGIN_FAILURE_LIMIT


class LoginThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path in LOGIN_PATHS and too_many_failures(request):
            response = TemplateResponse(
                request,
                "429.html",
                {"retry_minutes": max(1, settings.LOGIN_FAILURE_WINDOW // 60)},
                status=429,
            )
            response["Retry-After"] = str(settings.LOGIN_FAILURE_WINDOW)
            return response.render()
        return self.get_response(request)
