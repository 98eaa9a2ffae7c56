"""The OpenAPI document and the interactive documentation page."""

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .openapi import document_json


@require_safe
def openapi_document(request):
    return HttpResponse(document_json(), content_type="application/json")


@require_safe
def api_docs(request):
    return render(request, "api/docs.html")
