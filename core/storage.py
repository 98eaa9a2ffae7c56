from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files that tolerate a package's missing source map.

    Leaflet.markercluster's packaged script names a ``.js.map`` it does not ship; Django
    would refuse the whole ``collectstatic`` for that one comment.
    """

    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)

        def converter(matchobj):
            if matchobj.group(0).lstrip("/*# ").startswith("sourceMappingURL"):
                try:
                    return convert(matchobj)
                except ValueError:
                    return ""
            return convert(matchobj)

        return converter
