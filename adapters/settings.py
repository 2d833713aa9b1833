"""One place that turns the store URL (RECON_DATABASE_URL) into eventsourcing's environment."""

from __future__ import annotations

from pathlib import Path

from eventsourcing.utils import get_topic
from pydantic_settings import BaseSettings, SettingsConfigDict

from adapters.persistence.mapper import OrjsonTranscoder, PydanticMapper
from domain.errors import InvalidInputError

DEFAULT_DATABASE_URL = "sqlite:///var/recon.sqlite3"


class Settings(BaseSettings):
    """Settings read from RECON_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="RECON_")
    database_url: str = DEFAULT_DATABASE_URL
    """`sqlite:///relative/path.sqlite3`, `sqlite:////absolute/path.sqlite3`, or `memory:` for a throwaway store."""


def eventsourcing_env(database_url: str) -> dict[str, str]:
    """The eventsourcing environment for a store URL; creates the SQLite file's folder if needed."""
    env = {"MAPPER_TOPIC": get_topic(PydanticMapper), "TRANSCODER_TOPIC": get_topic(OrjsonTranscoder)}
    if database_url in ("memory:", "memory://"):
        return {**env, "PERSISTENCE_MODULE": "eventsourcing.popo"}
    if database_url.startswith("sqlite:///"):
        path = Path(database_url.removeprefix("sqlite:///"))
        if not path.name:
            raise InvalidInputError("the SQLite URL names no file: write sqlite:///var/recon.sqlite3", "database_url")
        path.parent.mkdir(parents=True, exist_ok=True)
        return {
            **env,
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(path),
            "SQLITE_LOCK_TIMEOUT": "10",
        }
    raise InvalidInputError(
        f"unsupported store URL {database_url!r}: use sqlite:///PATH or memory:",
        "database_url",
    )
