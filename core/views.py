import logging
import posixpath
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.views import static
from django.views.decorators.cache import never_cache
from wagtail.documents import get_document_model

logger = logging.getLogger(__name__)


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=5)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was stored")
    cache.delete(key)


@never_cache
def healthz(request):
    """Liveness for load balancers: the database answers and the cache keeps a value."""
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            check()
            checks[name] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means unhealthy
            logger.warning("health check %s failed: %s", name, error)
            checks[name] = "error"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503
    )


def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def documents_folder():
    """The media folder documents are uploaded to ("documents" for Wagtail's model)."""
    upload_to = get_document_model()._meta.get_field("file").upload_to
    return upload_to.strip("/") if isinstance(upload_to, str) and upload_to else "documents"


def serve_media(request, path):
    """Media files for `make run` and `make serve`, except documents.

    A document may belong to a collection restricted to logged-in users or a password; only
    Wagtail's document view (/documents/<id>/<filename>) checks that, so its file must never
    be reachable under MEDIA_URL. The path is normalised as ``static.serve`` does before the
    check, so ``images/../documents/...`` is refused too.
    """
    first = posixpath.normpath(path).lstrip("/").split("/", 1)[0]
    if first.casefold() == documents_folder().casefold():
        raise Http404("Documents are served by /documents/<id>/<filename>.")
    return static.serve(request, path, document_root=settings.MEDIA_ROOT)
