"""The production static files storage without its compressed copies (server_settings.py)."""

from core.storage import StaticFilesStorage


class HashedStaticFilesStorage(StaticFilesStorage):
    def compress_files(self, paths):
        return iter(())
