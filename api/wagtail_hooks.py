"""Admin screens for webhooks: endpoints for users with permission, and the delivery log."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import WEBHOOK_EVENTS, WebhookDelivery, WebhookEndpoint
from .preview import serve_headless


class WebhookEndpointForm(WagtailAdminModelForm):
    url = forms.URLField(
        label=_("URL"),
        max_length=500,
        assume_scheme="https",
        help_text=_("The address the hub sends a POST request to."),
    )
    events = forms.MultipleChoiceField(
        label=_("Events"),
        choices=WEBHOOK_EVENTS,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Which changes to report."),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["name", "url", "secret", "events", "locale", "is_active"]


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True
    list_display = ["name", "url", "events", "locale", "is_active"]
    list_filter = ["is_active", "locale"]
    search_fields = ["name", "url"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return WebhookEndpointForm


class DeliveryLogPermissionPolicy(ModelPermissionPolicy):
    """The hub writes the log; people who manage webhooks (or may view the log) read it."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return user.has_perm("hub_api.view_webhookdelivery") or user.has_perm(
            "hub_api.change_webhookendpoint"
        )


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    list_display = ["endpoint", "event", "status", "status_code", "attempts", "created_at"]
    list_filter = ["status", "event", "endpoint"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "endpoint",
        "event",
        "status",
        "status_code",
        "attempts",
        "last_error",
        "payload",
        "created_at",
        "last_attempt_at",
        "delivered_at",
    ]
    copy_view_enabled = False
    form_fields = []


register_permission_policy(WebhookDelivery, DeliveryLogPermissionPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [
        WebhookEndpointViewSet("webhooks"),
        WebhookDeliveryViewSet("webhook_deliveries"),
    ]


hooks.register("serve_page_preview", serve_headless)
