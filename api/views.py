"""The OpenAPI document and the interactive documentation page."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .openapi import build_document


@require_safe
def openapi_document(request):
    return JsonResponse(build_document(request), json_dumps_params={"ensure_ascii": False})


@require_safe
def api_docs(request):
    return render(request, "api/docs.html")
