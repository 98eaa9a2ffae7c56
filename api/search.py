"""``/api/search`` and ``/api/search/autocomplete``: the search page's JSON twins."""

from functools import wraps

from django.http import JsonResponse
from django.utils.translation import gettext as _

from search.engine import autocomplete, run_search
from search.query import InvalidSearch, locale_for, parse_params, parse_query, words_of


def json_endpoint(view):
    """GET and HEAD only; bad input answers JSON with a message and a 4xx, never a 500."""

    @wraps(view)
    def wrapper(request):
        if request.method not in ("GET", "HEAD"):
            response = JsonResponse({"message": _("Only GET is allowed here.")}, status=405)
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return JsonResponse(view(request), json_dumps_params={"ensure_ascii": False})
        except InvalidSearch as error:
            return JsonResponse({"message": str(error)}, status=error.status)

    return wrapper


@json_endpoint
def search_api(request):
    """``/api/search``: results and facet counts, as documented in DESIGN.md."""
    params = parse_params(request.GET, strict=True)
    locale = locale_for(request.GET.get("locale"))
    return run_search(params, locale, request, strict=True, absolute_urls=True).as_json()


@json_endpoint
def autocomplete_api(request):
    """``/api/search/autocomplete``: up to eight titles for what has been typed so far."""
    text = parse_query(request.GET, strict=True)
    locale = locale_for(request.GET.get("locale"))
    suggestions = autocomplete(text, locale, request)
    return {
        "query": " ".join(words_of(text)),
        "results": [
            {"title": result.title, "url": result.url, "type": result.type}
            for result in suggestions
        ],
    }
