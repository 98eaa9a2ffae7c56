"""The wagtail-localize sources of the demo's translations, made in bulk.

A translation starts from a ``TranslationSource``: the English page or snippet as JSON,
and its segments (strings, templates, related objects, overridable values), each in its
context. ``TranslationSource.get_or_create_from_instance`` makes these rows with a handful
of queries per segment, which made up a third of the translations section's time; here
the same rows are written in one insert per table (a test compares them).
"""

import json
import uuid
from collections import defaultdict
from functools import cache
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

from .utils import source_locale


class SharedRows(NamedTuple):
    """The rows segments point to, by key: several segments may share one."""

    strings: dict
    templates: dict
    contexts: dict
    objects: dict


def sources_for(instances):
    """``{translation_key: source}`` for ``instances``, made in bulk where missing."""
    instances = list({instance.translation_key: instance for instance in instances}.values())
    if not instances:
        return {}
    locale = instances[0].locale
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=[instance.translation_key for instance in instances], locale=locale
        ).select_related("specific_content_type")
    }
    missing = [instance for instance in instances if instance.translation_key not in sources]
    for source in create_sources(missing):
        sources[source.object_id] = source
    return sources


def create_sources(instances):
    """New ``TranslationSource`` rows for ``instances``, their segments written in bulk.

    The rows are the ones ``TranslationSource.get_or_create_from_instance`` makes (a test
    compares them), without its handful of queries per segment. Only
    ``TranslationContext.field_path`` is left empty, as in contexts made before
    wagtail-localize 1.0; it fills it in when the editor needs it.
    """
    sources, extracted = [], []
    for instance in instances:
        source = _new_source(instance)
        sources.append(source)
        extracted.append((source, extract_segments(instance)))
    shared = _shared_rows(extracted)
    rows = defaultdict(list)
    for source, segments in extracted:
        for value in segments:
            segment = _segment(source, value, shared)
            rows[type(segment)].append(segment)
    for model, segments in rows.items():
        model.objects.bulk_create(segments, batch_size=500)
    return sources


def _new_source(instance):
    """The source of ``instance`` as it is now, under its (found or new) translatable object."""
    translatable, _created = TranslatableObject.objects.get_or_create_from_instance(instance)
    if isinstance(instance, ClusterableModel):
        content_json = instance.to_json()
    else:
        content_json = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    return TranslationSource.objects.create(
        object=translatable,
        locale=instance.locale,
        specific_content_type=ContentType.objects.get_for_model(type(instance)),
        object_repr=str(instance)[:200],
        content_json=content_json,
        schema_version=_schema_version(instance._meta.app_label),
        last_updated_at=timezone.now(),
    )


@cache
def _schema_version(app_label):
    return get_schema_version(app_label)


def _shared_rows(extracted):
    """The rows the segments of ``extracted`` share: the ones that exist already, and the
    missing ones made in one insert per table."""
    english = source_locale()
    strings, templates, contexts, objects = _shared_values(extracted)
    return SharedRows(
        strings=_rows_by_key(
            String.objects.filter(locale=english, data_hash__in=list(strings)),
            strings,
            lambda row: row.data_hash,
            lambda key, data: String(locale=english, data_hash=key, data=data),
        ),
        templates=_rows_by_key(
            Template.objects.filter(uuid__in=list(templates)),
            templates,
            lambda row: row.uuid,
            lambda key, value: Template(
                uuid=key,
                template=value.template,
                template_format=value.format,
                string_count=value.string_count,
            ),
        ),
        contexts=_rows_by_key(
            TranslationContext.objects.filter(object_id__in={key[0] for key in contexts}),
            contexts,
            lambda row: (row.object_id, row.path_id),
            lambda key, path: TranslationContext(object_id=key[0], path_id=key[1], path=path),
        ),
        objects=_rows_by_key(
            TranslatableObject.objects.filter(translation_key__in={key[1] for key in objects}),
            objects,
            lambda row: (row.content_type_id, row.translation_key),
            lambda key, _value: TranslatableObject(content_type_id=key[0], translation_key=key[1]),
        ),
    )


def _shared_values(extracted):
    """``(strings, templates, contexts, objects)``: what the rows of each are made from,
    by the key a segment finds its row with."""
    strings, templates, contexts, objects = {}, {}, {}, {}
    for source, segments in extracted:
        for value in segments:
            contexts[_context_key(source, value)] = value.path
            if isinstance(value, TemplateSegmentValue):
                templates[_template_uuid(value)] = value
            elif isinstance(value, RelatedObjectSegmentValue):
                objects[_object_key(value)] = value
            elif not isinstance(value, OverridableSegmentValue):
                strings[String._get_data_hash(value.string.data)] = value.string.data
    return strings, templates, contexts, objects


def _rows_by_key(queryset, wanted, key_of, build):
    """``{key: row}`` for every key of ``wanted``: found by ``queryset``, or made."""
    found = {key_of(row): row for row in queryset}
    missing = [build(key, value) for key, value in wanted.items() if key not in found]
    if missing:
        queryset.model.objects.bulk_create(missing, batch_size=500)
        found = {key_of(row): row for row in queryset.all()}
    return found


def _segment(source, value, shared):
    """The unsaved segment row of ``source`` for the extracted segment ``value``."""
    common = {
        "source": source,
        "order": value.order,
        "context": shared.contexts[_context_key(source, value)],
    }
    if isinstance(value, TemplateSegmentValue):
        return TemplateSegment(template=shared.templates[_template_uuid(value)], **common)
    if isinstance(value, RelatedObjectSegmentValue):
        return RelatedObjectSegment(object=shared.objects[_object_key(value)], **common)
    if isinstance(value, OverridableSegmentValue):
        return OverridableSegment(data_json=json.dumps(value.data, cls=DjangoJSONEncoder), **common)
    return StringSegment(
        string=shared.strings[String._get_data_hash(value.string.data)],
        attrs=json.dumps(value.attrs, cls=DjangoJSONEncoder),
        **common,
    )


def _context_key(source, value):
    return (source.object_id, TranslationContext._get_path_id(value.path))


def _object_key(value):
    return (value.content_type.pk, uuid.UUID(str(value.translation_key)))


def _template_uuid(value):
    namespace = uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format)
    return uuid.uuid5(namespace, value.template)
