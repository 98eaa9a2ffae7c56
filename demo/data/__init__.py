"""The demo's English sample texts, kept as data files beside this module.

Each loader module (``demo.articles``, ``demo.academy_data``, ``demo.grants``,
``demo.taxonomy``) reads its file here. Records are JSON objects with named fields, for
the people who read and edit them; ``records`` turns them into the tuples the loaders
unpack.
"""

import json
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


@cache
def read(name):
    return json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))


def record(item, fields):
    return tuple(item[field] for field in fields)


def records(items, fields):
    return [record(item, fields) for item in items]
