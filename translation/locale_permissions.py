"""Translatable snippets and wagtail-localize's views, limited to the user's languages.

Django model permissions know nothing of locales: a Kazakh translator who may change themes
could change every language's themes. ``LocaleScopedPermissionPolicy`` keeps the model
permission but allows add, change and delete on an instance only in the languages where the
user holds it (``locale_scope``). Wagtail's snippet views check model permissions
only, so ``LocaleScopedSnippetViewSet`` adds the instance check to its create, edit and
delete views. wagtail-localize checks snippet permissions by type and offers every language
when submitting a translation; ``localize_urls`` puts scoped versions of those views in front
of its own (same paths, registered first), so reversing ``wagtail_localize:...`` names keeps
working.
https://docs.wagtail.org/en/stable/extending/customizing_group_views.html#registering-a-permission-policy
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation, submit_translations, update_translations

from .roles import EVERY_LOCALE, SUBMIT_TRANSLATION, roles

SCOPED_ACTIONS = {"add", "change", "delete", "publish", "unpublish", "lock", "unlock"}
EDIT_ACTIONS = ("add", "change", "delete")


def group_languages(group_name):
    """The language codes a group works in; ``EVERY_LOCALE`` for groups defined elsewhere,
    whose permissions are not narrowed."""
    role = next((role for role in roles() if role.name == group_name), None)
    return role.languages if role else EVERY_LOCALE


def locale_scope(user, permission):
    """The language codes in which ``user`` holds ``permission`` ("hub.change_theme"), or
    ``EVERY_LOCALE``. A permission granted through a translators' group counts only in that
    group's language; superusers, direct user permissions and other groups count everywhere.
    Cached on the user object for the request."""
    cache = user.__dict__.setdefault("_hub_locale_scopes", {})
    if permission in cache:
        return cache[permission]
    if not user.is_active:
        scope = frozenset()
    elif user.is_superuser:
        scope = EVERY_LOCALE
    else:
        app_label, codename = permission.split(".", 1)
        held = {"content_type__app_label": app_label, "codename": codename}
        if Permission.objects.filter(user=user, **held).exists():
            scope = EVERY_LOCALE
        else:
            scope = frozenset()
            for name in Group.objects.filter(
                user=user, **{f"permissions__{k}": v for k, v in held.items()}
            ).values_list("name", flat=True):
                languages = group_languages(name)
                if languages is EVERY_LOCALE:
                    scope = EVERY_LOCALE
                    break
                scope |= languages
    cache[permission] = scope
    return scope


def _locale_ids(codes):
    return set(Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True))


class LocaleScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions that count, for each instance, only in the user's languages.

    Register it for a translatable model before its viewset (``register_permission_policy``
    at the top of wagtail_hooks.py). Viewing is not narrowed (translators read the source)
    unless ``scoped_actions`` says so.
    """

    scoped_actions = SCOPED_ACTIONS

    def _scope(self, user, action):
        return locale_scope(user, self._get_permission_name(action))

    def _in_scope(self, user, action, locale_id):
        if action not in self.scoped_actions:
            return True
        scope = self._scope(user, action)
        return scope is EVERY_LOCALE or locale_id in _locale_ids(scope)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._in_scope(
            user, action, instance.locale_id
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        allowed = Q(pk__in=[])
        for action in actions:
            if not self.user_has_permission(user, action):
                continue
            scope = self._scope(user, action) if action in self.scoped_actions else EVERY_LOCALE
            if scope is EVERY_LOCALE:
                return self.model._default_manager.all()
            allowed |= Q(locale__language_code__in=scope)
        return self.model._default_manager.filter(allowed)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        return users.filter(
            pk__in=[
                user.pk
                for user in users
                if self.user_has_any_permission_for_instance(user, actions, instance)
            ]
        )


def user_may_edit(user, instance):
    """wagtail-localize's edit check, made instance-level for snippets."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get(instance).user_has_any_permission_for_instance(
        user, EDIT_ACTIONS, instance
    )


class _InstanceScopeMixin:
    """Checks the instance (or, when creating, the chosen locale) before the view runs, and
    before wagtail-localize's edit hook can take over the edit view."""

    def dispatch(self, request, *args, **kwargs):
        instance = getattr(self, "object", None)
        if instance is None and self.permission_required == "add":
            locale = getattr(self, "locale", None)
            instance = self.model(locale=locale) if locale else None
        if instance is not None and not self.user_has_permission_for_instance(
            self.permission_required, instance
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LocaleScopedCreateView(_InstanceScopeMixin, snippet_views.CreateView):
    pass


class LocaleScopedEditView(_InstanceScopeMixin, snippet_views.EditView):
    pass


class LocaleScopedDeleteView(_InstanceScopeMixin, snippet_views.DeleteView):
    pass


class LocaleScopedSnippetViewSet(snippet_views.SnippetViewSet):
    """A snippet viewset whose create, edit and delete views respect the locale scope."""

    add_view_class = LocaleScopedCreateView
    edit_view_class = LocaleScopedEditView
    delete_view_class = LocaleScopedDeleteView


# wagtail-localize ----------------------------------------------------------------------


def _target_in_scope(view):
    """Refuse a translation editor endpoint when the user may not edit the translation's
    target (wagtail-localize itself checks snippet permissions by type only)."""

    @wraps(view)
    def checked(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        instance = translation.get_target_instance()
        if not user_may_edit(request.user, instance):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    checked.locale_scoped = True
    return checked


class _TargetLocalesInScopeMixin:
    """Offers only the languages the user translates into."""

    def get_form(self):
        form = super().get_form()
        scope = locale_scope(self.request.user, SUBMIT_TRANSLATION)
        if scope is not EVERY_LOCALE:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(language_code__in=scope)
        return form


class SubmitPageTranslationView(
    _TargetLocalesInScopeMixin, submit_translations.SubmitPageTranslationView
):
    pass


class SubmitSnippetTranslationView(
    _TargetLocalesInScopeMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Sync: anyone who translates may refresh the source, but machine-translates and
    publishes only the translations in their own languages; other languages stay for their
    translators (and their review workflow)."""

    def form_valid(self, form):
        scope = locale_scope(self.request.user, SUBMIT_TRANSLATION)
        if scope is EVERY_LOCALE:
            return super().form_valid(form)
        publish = form.cleaned_data.get("publish_translations")
        machine = form.cleaned_data.get("use_machine_translation")
        form.cleaned_data.update(publish_translations=False, use_machine_translation=False)
        response = super().form_valid(form)
        own = self.object.translations.filter(enabled=True, target_locale__language_code__in=scope)
        with transaction.atomic():
            for translation in own.select_related("target_locale"):
                if machine and (translator := get_machine_translator()):
                    edit_translation.apply_machine_translation(
                        translation.id, self.request.user, translator
                    )
                if publish:
                    try:
                        translation.save_target(user=self.request.user, publish=True)
                    except ValidationError:
                        messages.error(
                            self.request,
                            _("The %(language)s translation could not be published.")
                            % {"language": translation.target_locale.get_display_name()},
                        )
        return response


def localize_urls():
    """Scoped replacements for wagtail-localize's admin URLs, registered before its own."""
    translate = "localize/translate/<int:translation_id>/"
    return [
        path("localize/submit/page/<int:page_id>/", SubmitPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", UpdateTranslationsView.as_view()),
        path(
            f"{translate}strings/<int:string_segment_id>/edit/",
            _target_in_scope(edit_translation.edit_string_translation),
        ),
        path(
            f"{translate}overrides/<int:overridable_segment_id>/edit/",
            _target_in_scope(edit_translation.edit_override),
        ),
        path(f"{translate}pofile/download/", _target_in_scope(edit_translation.download_pofile)),
        path(f"{translate}pofile/upload/", _target_in_scope(edit_translation.upload_pofile)),
        path(
            f"{translate}machine_translate/", _target_in_scope(edit_translation.machine_translate)
        ),
        path(f"{translate}disable/", _target_in_scope(edit_translation.stop_translation)),
    ]
