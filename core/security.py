"""Security headers the public site sends on every response.

The Content-Security-Policy allows no inline script or style: templates load scripts as
files and pass data through ``data-`` attributes. The Wagtail admin (which needs inline
scripts of its own) and Django's debug pages are left to their own defaults.

Nothing may frame the site (``frame-ancestors 'none'``, ``X-Frame-Options: DENY``) except
previews: Wagtail renders a page or snippet preview by passing a simulated request for the
object's public URL through this same middleware (``PreviewableMixin.make_preview_request``)
and shows the result in the editor's preview panel, an iframe on the admin's own origin.
Those responses may be framed by that origin only.
https://docs.wagtail.org/en/stable/reference/models.html#wagtail.models.PreviewableMixin.make_preview_request
"""

from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)
VIDEO_ORIGINS = (
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
)


def origin_of(url):
    """``https://{s}.tile.example.org/{z}/...`` -> ``https://*.tile.example.org``."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return ""
    host = parts.netloc.replace("{s}", "*")
    if "{" in host:
        host = "*." + host.split("}", 1)[-1].lstrip(".")
    return f"{parts.scheme}://{host}"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def policy(self, frame_ancestors):
        return f"{self.content_security_policy}; frame-ancestors {frame_ancestors}"

    @cached_property
    def content_security_policy(self):
        media = origin_of(settings.MEDIA_URL)
        tiles = origin_of(settings.MAP_TILE_URL)
        image_sources = " ".join(filter(None, ["'self'", "data:", media, tiles]))
        directives = {
            "default-src": "'self'",
            "script-src": "'self'",
            "style-src": "'self'",
            "img-src": image_sources,
            "font-src": "'self'",
            "connect-src": "'self'",
            "frame-src": " ".join(VIDEO_ORIGINS),
            "object-src": "'none'",
            "base-uri": "'self'",
            "form-action": "'self'",
        }
        return "; ".join(f"{name} {value}" for name, value in directives.items())

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if getattr(request, "is_preview", False):
            response["Content-Security-Policy"] = self.policy("'self'")
            response["X-Frame-Options"] = "SAMEORIGIN"
        elif not request.path.startswith(("/admin/", "/django-admin/")):
            response.setdefault("Content-Security-Policy", self.policy("'none'"))
        return response
