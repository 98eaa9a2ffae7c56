"""No page type exposes people's personal data through the API, whatever apps add."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from wagtail.models import get_page_models

from api.endpoints import api_fields_for
from api.router import api_router

PRIVATE_MODEL_WORDS = ("registration", "submission", "enrol", "user")


def exposed_relations(model):
    for field in api_fields_for(model):
        try:
            django_field = model._meta.get_field(field.name)
        except FieldDoesNotExist:
            continue
        if django_field.is_relation:
            yield field.name, django_field.related_model


@pytest.mark.parametrize("model", get_page_models(), ids=lambda model: model._meta.label)
def test_page_types_expose_no_users_or_registrations(model):
    for name, related in exposed_relations(model):
        assert related is not get_user_model(), (model, name)
        label = related._meta.model_name
        assert not any(word in label for word in PRIVATE_MODEL_WORDS), (model, name, related)


def test_no_endpoint_serves_users_or_registrations():
    for name, endpoint in api_router._endpoints.items():
        label = endpoint.model._meta.model_name
        assert not any(word in label for word in PRIVATE_MODEL_WORDS), name
