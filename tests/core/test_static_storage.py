"""``collectstatic`` with the production storage: hashed names, gzip and brotli copies, and a
package's missing source map tolerated (core/storage.py)."""

import gzip
import json

import brotli
from django.core.management import call_command
from django.test import override_settings

PRODUCTION_STATIC = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.storage.StaticFilesStorage"},
}


def test_collected_files_are_hashed_compressed_and_tolerate_a_missing_source_map(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    css = "body { background: url(dot.png); }\n" + "/* padding */\n" * 40
    (source / "site.css").write_text(css)
    (source / "dot.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (source / "cluster.js").write_text(
        "var clusters = 1;\n" * 40 + "//# sourceMappingURL=cluster.js.map\n"
    )
    root = tmp_path / "static"
    with override_settings(
        STORAGES=PRODUCTION_STATIC,
        STATIC_ROOT=str(root),
        STATICFILES_DIRS=[str(source)],
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", "--noinput", verbosity=0)

    manifest = json.loads((root / "staticfiles.json").read_text())["paths"]
    hashed_css = root / manifest["site.css"]
    assert manifest["site.css"] != "site.css"
    assert manifest["dot.png"].split("/")[-1] in hashed_css.read_text()
    assert gzip.decompress(hashed_css.with_name(hashed_css.name + ".gz").read_bytes()) == (
        hashed_css.read_bytes()
    )
    assert brotli.decompress(hashed_css.with_name(hashed_css.name + ".br").read_bytes()) == (
        hashed_css.read_bytes()
    )
    # The script names a map the package does not ship: the comment goes, the file stays.
    script = (root / manifest["cluster.js"]).read_text()
    assert "var clusters = 1;" in script
    assert "cluster.js.map" not in script
