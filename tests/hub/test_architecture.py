"""Imports follow the layers of docs/architecture.md.

The layers are read from the document's "Layers" table, so the map and the check cannot
drift apart. Imports are read with ``ast``, inside functions too: a lazy import is still a
dependency.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# Above every layer: they may import anything and nothing imports them.
OUTSIDE_LAYERS = {"tests", "benchmarks"}
PROJECT_PACKAGE = "hub"

# The modules a domain app offers to the other domain apps (docs/architecture.md, "Layers").
OFFERED_TO_OTHER_DOMAIN_APPS = {"articles.related", "grants.blocks"}

# Recorded exceptions: (importing file, imported module) -> why it is allowed.
EXCEPTIONS = {
    # setup_roles is the one place that knows every group, the academy managers' included;
    # the academy defines which of its permissions they get.
    ("translation/roles.py", "academy.permissions"): "roles list every group's permissions",
}


def layers_from_document():
    """{app: layer} from the table under "## Layers"."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Layers", 1)[1].split("\n## ", 1)[0]
    layers = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0].isdigit():
            for app in re.findall(r"`([a-z_]+)`", cells[1]):
                layers[app] = int(cells[0])
    return layers


LAYERS = layers_from_document()


def project_packages():
    return sorted(
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if not path.parent.name.startswith(".")
    )


def project_modules():
    for package in project_packages():
        if package in OUTSIDE_LAYERS:
            continue
        for path in sorted((ROOT / package).rglob("*.py")):
            yield package, path


def imported_modules(path):
    """Absolute module names a file imports (relative imports stay in their app)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            # "from search import views" imports search.views.
            for alias in node.names:
                yield f"{node.module}.{alias.name}"


def violation(package, path, module):
    """Why importing ``module`` from ``path`` (in ``package``) breaks the layers, or None."""
    target = module.split(".")[0]
    known = set(LAYERS) | OUTSIDE_LAYERS | {PROJECT_PACKAGE}
    if target not in known or target == package:
        return None
    relative = path.relative_to(ROOT).as_posix()
    if any(module.startswith(allowed) for (file, allowed) in EXCEPTIONS if file == relative):
        return None
    if target in OUTSIDE_LAYERS or target == PROJECT_PACKAGE:
        return f"nothing imports {target}/"
    if package == PROJECT_PACKAGE:
        if module.split(".")[1:2] == ["conf"]:
            return None
        return "hub/ imports only the apps' configuration modules (conf)"
    if LAYERS[target] < LAYERS[package]:
        return None
    if LAYERS[target] > LAYERS[package]:
        return f"{package} (layer {LAYERS[package]}) imports a higher layer"
    if any(
        module == offered or module.startswith(offered + ".")
        for offered in OFFERED_TO_OTHER_DOMAIN_APPS
    ):
        return None
    if any(offered.startswith(module + ".") for offered in OFFERED_TO_OTHER_DOMAIN_APPS):
        return None  # "from articles import related": the next name is checked on its own
    return f"{package} imports {target}, an app of its own layer"


def test_every_project_package_has_a_place_in_the_document():
    placed = set(LAYERS) | OUTSIDE_LAYERS | {PROJECT_PACKAGE}
    assert set(project_packages()) <= placed, (
        "add the new package to the Layers table of docs/architecture.md"
    )


def test_the_document_defines_the_layers_the_code_relies_on():
    assert LAYERS["translation"] < LAYERS["core"] < LAYERS["articles"] < LAYERS["api"]
    assert LAYERS["api"] == LAYERS["demo"]
    assert {LAYERS[app] for app in ("home", "articles", "academy", "grants", "search")} == {
        LAYERS["articles"]
    }


def test_imports_point_down_the_layers():
    problems = [
        f"{path.relative_to(ROOT)} imports {module}: {reason}"
        for package, path in project_modules()
        for module in imported_modules(path)
        if (reason := violation(package, path, module))
    ]
    assert problems == []


def test_recorded_exceptions_are_still_needed():
    """An exception the code no longer needs should leave the list."""
    for file, module in EXCEPTIONS:
        assert module in set(imported_modules(ROOT / file)), f"{file} no longer imports {module}"


@pytest.mark.parametrize(
    ("package", "file", "module", "allowed"),
    [
        ("core", "core/models.py", "articles.models", False),
        ("core", "core/wagtail_hooks.py", "translation.locale_permissions", True),
        ("articles", "articles/models.py", "api.webhooks", False),
        ("grants", "grants/views.py", "demo.utils", False),
        ("grants", "grants/views.py", "articles.models", False),
        ("grants", "grants/views.py", "articles.related", True),
        ("home", "home/blocks.py", "grants.blocks", True),
        ("translation", "translation/roles.py", "core.models", False),
        ("api", "api/grants.py", "grants.queries", True),
        ("api", "api/views.py", "demo.articles", False),
        ("hub", "hub/urls.py", "core.views", False),
        ("hub", "hub/settings/base.py", "search.conf", True),
        ("search", "search/query.py", "tests.factories", False),
    ],
)
def test_the_rules_themselves(package, file, module, allowed):
    assert (violation(package, ROOT / file, module) is None) is allowed
