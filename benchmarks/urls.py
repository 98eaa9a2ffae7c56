from django.http import HttpResponse
from django.urls import path

from hub.urls import urlpatterns as hub_urlpatterns


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("__bench__/ok", ok), *hub_urlpatterns]
