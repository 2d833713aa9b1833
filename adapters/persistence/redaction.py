"""A store's URL fit to print, without the machinery of the stores, so that any message can use it cheaply."""

from __future__ import annotations

from urllib.parse import urlsplit


def redact(database_url: str) -> str:
    """The URL with its password replaced by `***`, fit to print."""
    parts = urlsplit(database_url)
    if parts.password is None:
        return database_url
    netloc = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"{parts.username}:***@{netloc}").geturl()
