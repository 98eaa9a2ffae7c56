"""Checking a real response against a schema of the hub's OpenAPI document."""

import jsonschema


def conforms(document, schema_name, instance):
    """Raise ``jsonschema.ValidationError`` unless ``instance`` matches the named schema."""
    schema = {"$ref": f"#/components/schemas/{schema_name}", **document}
    jsonschema.Draft202012Validator(schema).validate(instance)
