"""Store URLs become eventsourcing's settings: PostgreSQL URLs parsed by the library, bad ones refused by name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from adapters.defaults import plain_database_url
from adapters.persistence.failfast import fail_fast_env
from adapters.persistence.postgres import postgres_env, redact
from adapters.settings import Settings, eventsourcing_env
from domain.errors import InvalidInputError


def test_a_postgresql_url_becomes_the_library_s_postgres_settings() -> None:
    env = eventsourcing_env("postgresql://team:s3cr%40t@db.example.org:6543/recon?pool_size=3&max_overflow=7")
    assert env["PERSISTENCE_MODULE"] == "eventsourcing.postgres"
    assert (env["POSTGRES_HOST"], env["POSTGRES_PORT"], env["POSTGRES_DBNAME"]) == ("db.example.org", "6543", "recon")
    assert (env["POSTGRES_USER"], env["POSTGRES_PASSWORD"]) == ("team", "s3cr@t")
    assert (env["POSTGRES_POOL_SIZE"], env["POSTGRES_MAX_OVERFLOW"]) == ("3", "7")
    assert env["MAPPER_TOPIC"].endswith("PydanticMapper")


def test_the_port_defaults_to_5432_and_a_unix_socket_folder_may_be_given_as_host() -> None:
    env = postgres_env("postgres://team@localhost/recon?host=/var/run/postgresql")
    assert (env["POSTGRES_PORT"], env["POSTGRES_HOST"], env["POSTGRES_PASSWORD"]) == ("5432", "/var/run/postgresql", "")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://team:pw@localhost:5432/", "names no database"),
        ("postgresql://localhost:5432/recon", "names no user"),
        ("postgresql://team:pw@localhost:port/recon", "port"),
        ("postgresql://team:pw@localhost/recon?poolsize=3", "unknown option 'poolsize'"),
        ("postgresql://team:pw@/recon", "names no host"),
        ("mysql://team:pw@localhost/recon", "unsupported store URL"),
    ],
)
def test_a_bad_store_url_is_refused_naming_the_setting(url: str, says: str) -> None:
    with pytest.raises(InvalidInputError, match=says) as refused:
        eventsourcing_env(url)
    assert refused.value.field == "database_url"
    assert "pw" not in refused.value.message


def test_a_printed_url_never_shows_the_password() -> None:
    assert redact("postgresql://team:s3cret@db:5432/recon") == "postgresql://team:***@db:5432/recon"
    assert redact("sqlite:///var/recon.sqlite3") == "sqlite:///var/recon.sqlite3"


def test_settings_may_come_from_a_file_named_by_recon_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file = tmp_path / "recon.env"
    settings_file.write_text("RECON_DATABASE_URL=postgresql://team:pw@db:5432/recon\n")
    monkeypatch.delenv("RECON_DATABASE_URL", raising=False)
    monkeypatch.setenv("RECON_SETTINGS_FILE", str(settings_file))
    assert Settings().database_url == "postgresql://team:pw@db:5432/recon"
    monkeypatch.setenv("RECON_DATABASE_URL", "memory:")
    assert Settings().database_url == "memory:"


def test_a_missing_settings_file_is_refused_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECON_SETTINGS_FILE", str(tmp_path / "absent.env"))
    with pytest.raises(InvalidInputError, match="no settings file") as refused:
        Settings()
    assert refused.value.field == "RECON_SETTINGS_FILE"


def test_the_service_tries_postgresql_once_and_waits_a_second_for_a_pooled_connection() -> None:
    url = "postgresql://team:pw@db.example.org/recon"
    env = fail_fast_env(eventsourcing_env(url), url)
    assert env["APPLICATION_RECORDER_TOPIC"].endswith("FailFastRecorder")
    assert env["POSTGRES_CONNECT_TIMEOUT"] == "1"


def test_a_connect_timeout_in_the_url_still_wins_and_other_stores_are_left_alone() -> None:
    url = "postgresql://team:pw@db.example.org/recon?connect_timeout=4"
    assert fail_fast_env(eventsourcing_env(url), url)["POSTGRES_CONNECT_TIMEOUT"] == "4"
    assert fail_fast_env(eventsourcing_env("memory:"), "memory:") == eventsourcing_env("memory:")


@pytest.mark.parametrize(
    "environ",
    [{}, {"RECON_DATABASE_URL": "memory:"}, {"RECON_DATABASE_URL": "sqlite:///x/y.sqlite3", "RECON_DEBUG": "1"}],
)
def test_with_only_the_store_url_set_the_quick_read_finds_the_url_the_settings_find(
    environ: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [name for name in os.environ if name.upper().startswith("RECON_")]:
        monkeypatch.delenv(name)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert plain_database_url(os.environ) == Settings().database_url


@pytest.mark.parametrize(
    "name", ["RECON_PUBLIC_READS", "RECON_MAX_FILE_BYTES", "RECON_SETTINGS_FILE", "recon_database_url", "RECON_TYPO"]
)
def test_any_other_recon_variable_leaves_the_url_to_the_settings_which_check_it(name: str) -> None:
    assert plain_database_url({name: "x", "RECON_DATABASE_URL": "memory:"}) is None
