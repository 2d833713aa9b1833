# Every target creates the virtualenv on first use (and refreshes it when pyproject.toml changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck contracts unit bench eval-extract format clean serve fuzz roundtrip

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP) ## import the shipped real exchanges into SQLite, list them, and print the report of "1,000 for 1,000"
	$(BIN)/recon demo

test: lint typecheck contracts ## lint, type-check, check the layering, then run every test and feature
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

unit: $(STAMP) ## the fast in-memory tests only
	$(BIN)/pytest tests/unit tests/acceptance

bench: $(STAMP) ## import 10,000 claims into SQLite and compare with a plain eventsourcing baseline
	$(BIN)/python -m tests.bench.bench_import
	$(BIN)/python -m tests.bench.bench_extract
	$(BIN)/python -m tests.bench.bench_history --runs 5
	$(BIN)/python -m tests.bench.bench_pages
	$(BIN)/python -m tests.bench.bench_http
	$(BIN)/python -m tests.bench.bench_startup
	$(BIN)/python -m tests.bench.bench_writes
	$(BIN)/python -m tests.bench.bench_readside
	$(BIN)/python -m tests.bench.bench_catchup

serve: $(STAMP) ## the shared service over HTTP on http://127.0.0.1:8000 (docs at /docs), on the configured store
	@echo "Reading room: http://127.0.0.1:8000/ (API docs at http://127.0.0.1:8000/docs)"
	$(BIN)/recon serve

fuzz: $(STAMP) ## schemathesis against the published OpenAPI (500 examples per route), then stateful runs that read after every write
	RECON_FUZZ_EXAMPLES=500 RECON_FUZZ_SCENARIOS=200 RECON_FUZZ_STEPS=12 $(BIN)/pytest -p no:cacheprovider \
		tests/integration/test_http_fuzz.py tests/integration/test_http_stateful.py

roundtrip: $(STAMP) ## generated events of every kind, stored and loaded back on memory, SQLite and PostgreSQL, 1,000 examples
	RECON_ROUNDTRIP_EXAMPLES=1000 $(BIN)/pytest -p no:cacheprovider tests/integration/test_event_round_trip.py

eval-extract: $(STAMP) ## precision and recall of recon extract: own texts, real tuning and held-out splits
	$(BIN)/python -m tests.eval.eval_extract

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
