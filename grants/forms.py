"""The grantee page's admin form: checks that span the page and its inline grants."""

from django.utils.translation import gettext_lazy as _

from core.forms import HubPageForm


class GranteePageForm(HubPageForm):
    def clean(self):
        cleaned_data = super().clean()
        grants = self.formsets.get("grants")
        if grants is None:
            return cleaned_data
        seen = set()
        for form in grants.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            reference = form.cleaned_data.get("reference")
            if not reference:
                continue
            if reference in seen:
                form.add_error("reference", _("This page lists this grant code twice."))
            seen.add(reference)
        return cleaned_data
