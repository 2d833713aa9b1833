"""One place that turns the store URL (RECON_DATABASE_URL) into eventsourcing's environment."""

from __future__ import annotations

import os
from pathlib import Path

from eventsourcing.utils import get_topic
from pydantic import Field, ValidationError
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from adapters.defaults import DEFAULT_DATABASE_URL as DEFAULT_DATABASE_URL
from adapters.persistence.mapper import OrjsonTranscoder, PydanticMapper
from adapters.persistence.postgres import is_postgres_url, postgres_env, redact
from domain.errors import InvalidInputError

SETTINGS_FILE = "RECON_SETTINGS_FILE"
"""The environment variable naming a `.env`-style file of RECON_* settings; the environment wins over it."""


class Settings(BaseSettings):
    """Settings read from RECON_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="RECON_")
    database_url: str = DEFAULT_DATABASE_URL
    """`sqlite:///relative/path.sqlite3`, `sqlite:////absolute/path.sqlite3`, `memory:` for a throwaway store, or
    `postgresql://user:password@host:port/dbname` for a PostgreSQL database shared by a team."""
    keyring_database_url: str | None = None
    """Where `recon serve` keeps its tokens' hashes; by default beside the store: `sqlite:///var/recon-keyring.sqlite3`."""
    public_reads: bool = False
    """When true, `recon serve` answers reads without a token; writes always need one."""
    max_body_bytes: int = Field(default=1_048_576, ge=1)
    """The largest request body `recon serve` reads; a larger one is refused with 413."""
    header_timeout: float = Field(default=10.0, gt=0)
    """Seconds a client of `recon serve` has to send a request's line and headers; then 408, and it is closed."""
    body_timeout: float = Field(default=30.0, gt=0)
    """Seconds a client of `recon serve` has to send a request's body once its headers are in; then 408."""
    max_file_bytes: int = Field(default=64 * 1_048_576, ge=1)
    """The largest dossier or bundle file `recon import`, `import-bundle` and `verify` read (64 MiB)."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Arguments, then RECON_* environment variables, then the file RECON_SETTINGS_FILE names, if any."""
        path = os.environ.get(SETTINGS_FILE)
        if not path:
            return init_settings, env_settings, dotenv_settings, file_secret_settings
        if not Path(path).is_file():
            raise InvalidInputError(f"no settings file {path}", SETTINGS_FILE)
        return init_settings, env_settings, DotEnvSettingsSource(settings_cls, env_file=path), file_secret_settings


ACCEPTS = {
    "public_reads": "true or false (also 1 or 0, yes or no, on or off)",
    "max_body_bytes": "a whole number of bytes, at least 1",
    "max_file_bytes": "a whole number of bytes, at least 1",
}
"""What each setting that is not free text accepts, for the message that refuses a mistyped value."""


def load_settings() -> Settings:
    """The settings, checked: a mistyped value is refused naming its RECON_* variable and what it accepts."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else ""
        variable = name.upper() if name.upper().startswith("RECON_") else f"RECON_{name.upper()}"
        if first["type"] == "extra_forbidden":
            raise InvalidInputError("no such setting", variable) from None
        accepts = ACCEPTS.get(name, first["msg"])
        raise InvalidInputError(f"{first['input']!r} is not accepted: write {accepts}", variable) from None


DEFAULT_FOLDER = Path(DEFAULT_DATABASE_URL.removeprefix("sqlite:///")).parent
"""The default store's folder, made on first use so that `make demo` runs on a fresh clone; any other folder a
store URL names must exist (or be made by `recon init`), so that a mistyped path is not a new, empty store."""


def make_store_folder(database_url: str) -> None:
    """Create the folder of a SQLite store's file, as `recon init` does; nothing for other stores."""
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite store URL, else None."""
    return Path(database_url.removeprefix("sqlite:///")) if database_url.startswith("sqlite:///") else None


def eventsourcing_env(database_url: str) -> dict[str, str]:
    """The eventsourcing environment for a store URL; refuses a SQLite file in a folder that does not exist."""
    env = {"MAPPER_TOPIC": get_topic(PydanticMapper), "TRANSCODER_TOPIC": get_topic(OrjsonTranscoder)}
    if database_url in ("memory:", "memory://"):
        return {**env, "PERSISTENCE_MODULE": "eventsourcing.popo"}
    if database_url.startswith("sqlite:///"):
        path = Path(database_url.removeprefix("sqlite:///"))
        if not path.name:
            raise InvalidInputError("the SQLite URL names no file: write sqlite:///var/recon.sqlite3", "database_url")
        _store_folder(path)
        if path.is_dir():  # SQLite would only say it is "unable to open database file"
            raise InvalidInputError(
                f"{path} is a folder, not a store's file: name a file in it, like sqlite:///{path / 'recon.sqlite3'}",
                "database_url",
            )
        return {
            **env,
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(path),
            "SQLITE_LOCK_TIMEOUT": "10",
        }
    if is_postgres_url(database_url):
        return {**env, **postgres_env(database_url)}
    raise InvalidInputError(
        f"unsupported store URL {redact(database_url)!r}: "
        "use sqlite:///PATH, postgresql://USER:PASSWORD@HOST:PORT/DBNAME or memory:",
        "database_url",
    )


_INIT_HINT = "or create it with `recon init`"


def _store_folder(path: Path) -> None:
    folder = path.parent
    if folder.is_dir():
        return
    if folder == DEFAULT_FOLDER and not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        return
    problem = "is not a folder" if folder.exists() else "does not exist"
    raise InvalidInputError(
        f"{folder} {problem}, so no store can be kept at {path}: check the path, {_INIT_HINT}{_absolute_hint(path)}",
        "database_url",
    )


def _absolute_hint(path: Path) -> str:
    """A word for a reader who wrote an absolute path with three slashes, which SQLite URLs read as relative."""
    if path.is_absolute() or not (Path("/") / path).parent.is_dir():
        return ""
    return f" (sqlite:///{path} is relative to this folder; for /{path} write sqlite:////{path})"


def keyring_url(database_url: str, keyring_database_url: str | None = None) -> str:
    """Where the service's tokens are kept: the URL given, else the store's SQLite file with `-keyring` added."""
    if keyring_database_url:
        return keyring_database_url
    if database_url.startswith("sqlite:///"):
        path = Path(database_url.removeprefix("sqlite:///"))
        return "sqlite:///" + str(path.with_name(f"{path.stem}-keyring{path.suffix}"))
    return database_url
