"""The grants import in the admin: upload a table, review its dry run, confirm.

The same rules as ``python manage.py import_grants``: the file is read by
``opendata.parse_table`` and planned and written by ``importer``, all or nothing. The
upload waits in the database (``ImportUpload``) between the review and the confirmation,
and is planned again when confirmed: the confirmation refuses when the plan is no longer
the one that was reviewed.
"""

import hashlib
import re
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .importer import GrantsImportError, apply_import, plan_import
from .models import ImportUpload
from .opendata import TableError, parse_table

# Grants managers hold every permission of the grants models (translation/roles.py);
# importing creates and changes grants.
IMPORT_PERMISSION = "grants.add_grant"
MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # about 15,000 rows of the export
SUFFIXES = (".csv", ".txt", ".xlsx")
UPLOAD_TEMPLATE = "grants/admin/import_upload.html"
REVIEW_TEMPLATE = "grants/admin/import_review.html"


def can_import_grants(user):
    return user.is_active and user.has_perm(IMPORT_PERMISSION)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Grants table"),
        help_text=gettext_lazy(
            "A .csv or .xlsx file with the columns of grants.csv (the open-data export). "
            "CSV may be separated by commas, semicolons or tabs and must be saved as UTF-8."
        ),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        help_text=gettext_lazy("The grants page of this language receives the grantees."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in SUFFIXES:
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s.")
                % {"limit": filesizeformat(MAX_UPLOAD_BYTES)}
            )
        return upload


class ConfirmForm(forms.Form):
    publish = forms.TypedChoiceField(
        label=gettext_lazy("After the import"),
        choices=[
            ("", gettext_lazy("Save the changes as drafts for review")),
            ("publish", gettext_lazy("Publish the changes and the grantees' drafts")),
        ],
        coerce=bool,
        empty_value=False,
        required=False,
        initial="",
        widget=forms.RadioSelect,
    )
    digest = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, can_publish, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            self.fields["publish"].choices = self.fields["publish"].choices[:1]
            self.fields["publish"].help_text = _(
                "You may not publish grantee pages, so the changes are saved as drafts."
            )


def _allowed(request):
    if not can_import_grants(request.user):
        raise PermissionDenied


def _context(**context):
    title = _("Import grants")
    return {
        "page_title": title,
        "header_title": title,
        "header_icon": "upload",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": title},
        ],
        "upload_url": reverse("grants_import"),
        **context,
    }


def _plan(file_name, content, language_code):
    """The import plan, or the list of problems that stop it."""
    try:
        return plan_import(parse_table(file_name, content), language_code), []
    except TableError as error:
        return None, [str(error)]
    except GrantsImportError as error:
        return None, error.problems


ROW_PROBLEM = re.compile(r"rows? ([0-9, ]+): (.*)", re.DOTALL)


def problem_rows(problems):
    """``(rows, reason)`` pairs: the row numbers of a problem apart, for the table."""
    pairs = []
    for problem in problems:
        match = ROW_PROBLEM.fullmatch(problem)
        pairs.append(match.groups() if match else ("", problem))
    return pairs


def _refused(request, form, problems):
    messages.error(
        request,
        _("Nothing was imported: fix the file and upload it again."),
    )
    context = _context(
        form=form, problems=problem_rows(problems), action_url=reverse("grants_import")
    )
    context["submit_button_label"] = _("Check the file")
    return render(request, UPLOAD_TEMPLATE, context)


def import_grants(request):
    """Step 1: upload and dry run. A file with problems is listed row by row."""
    _allowed(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not form.is_valid():
            return _refused(request, form, [])
        upload, language_code = form.cleaned_data["file"], form.cleaned_data["language"]
        content = upload.read()
        problems = _plan(upload.name, content, language_code)[1]
        if problems:
            return _refused(request, form, problems)
        stored = ImportUpload.keep(request.user, upload.name, content, language_code)
        return redirect("grants_import_review", token=stored.token)
    context = _context(form=form, problems=[], action_url=reverse("grants_import"))
    context["submit_button_label"] = _("Check the file")
    return render(request, UPLOAD_TEMPLATE, context)


def plan_rows(plan):
    """The reviewed plan, one row per grantee of the file: new ones first, unchanged last."""
    order = {"new": 0, "updated": 1, "draft": 2, "unchanged": 3}
    rows = []
    for grantee in plan.grantees:
        if grantee.page is None:
            state = "new"
        elif grantee.has_changes:
            state = "updated"
        elif grantee.publishes_draft:
            state = "draft"
        else:
            state = "unchanged"
        rows.append(
            {
                "state": state,
                "title": grantee.title,
                "page": grantee.page,
                "file_rows": ", ".join(str(row.number) for row in grantee.rows),
                "changed_fields": grantee.changed_fields,
                "new_grants": grantee.new_references,
                "changed_grants": grantee.changed_references,
            }
        )
    return sorted(rows, key=lambda row: order[row["state"]])


def plan_digest(plan):
    """Changes the moment anything the review showed would change."""
    rows = [
        (row["state"], row["title"], row["page"] and row["page"].pk, row["file_rows"])
        + tuple(map(tuple, (row["changed_fields"], row["new_grants"], row["changed_grants"])))
        for row in plan_rows(plan)
    ]
    return hashlib.sha256(repr((plan.index_page.pk, rows)).encode()).hexdigest()


def _imported(request, stored, plan, publish):
    summary = plan.summary()
    apply_import(plan, publish=publish)
    stored.delete()
    if publish:
        done = _("“%(file)s” is imported and published.")
    else:
        done = _("“%(file)s” is imported; the changes are saved as drafts for review.")
    counts = _(
        "New grantees: %(new)d. Updated grantees: %(updated)d. New grants: %(new_grants)d. "
        "Changed grants: %(changed_grants)d."
    ) % {
        "new": summary["new_grantees"],
        "updated": summary["updated_grantees"],
        "new_grants": summary["new_grants"],
        "changed_grants": summary["updated_grants"],
    }
    messages.success(request, f"{done % {'file': stored.file_name}} {counts}")
    return redirect("wagtailadmin_explore", plan.index_page.pk)


def review_import(request, token):
    """Step 2: the dry run of a stored upload; confirming writes it, as drafts or published."""
    _allowed(request)
    stored = get_object_or_404(ImportUpload.of(request.user), token=token)
    plan, problems = _plan(stored.file_name, bytes(stored.content), stored.language_code)
    if problems:  # the site changed since the upload in a way the file now contradicts
        stored.delete()
        return _refused(request, UploadForm(initial={"language": stored.language_code}), problems)
    permissions = plan.index_page.permissions_for_user(request.user)
    if not permissions.can_add_subpage():
        messages.error(request, _("You may not add grantees under this grants page."))
        return redirect("grants_import")
    can_publish = permissions.can_publish_subpage()
    digest = plan_digest(plan)
    form = ConfirmForm(request.POST or None, can_publish=can_publish, initial={"digest": digest})
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["digest"] == digest:
            return _imported(request, stored, plan, form.cleaned_data["publish"] and can_publish)
        messages.warning(
            request, _("The site changed after the file was checked: review the changes again.")
        )
        return redirect("grants_import_review", token=token)
    context = _context(
        form=form,
        action_url=reverse("grants_import_review", kwargs={"token": token}),
        submit_button_label=_("Import"),
        file_name=stored.file_name,
        index_page=plan.index_page,
        summary=plan.summary(),
        rows=plan_rows(plan),
    )
    return render(request, REVIEW_TEMPLATE, context)
