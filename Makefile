# Everything builds from a bare checkout: `make demo` and `make test` are the whole quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: install demo dev test bench bench-quick lint format clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/gsc-assets demo

dev: $(STAMP)
	$(BIN)/gsc-assets dev

test: $(STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.run --quick

lint: $(STAMP)
	$(BIN)/ruff check gsc_assets gsc_assets_tests benchmarks
	$(BIN)/ruff format --check gsc_assets gsc_assets_tests benchmarks
	$(BIN)/mypy gsc_assets/model.py gsc_assets/gsc gsc_assets/warehouse gsc_assets/pipeline

format: $(STAMP)
	$(BIN)/ruff check --fix gsc_assets gsc_assets_tests benchmarks
	$(BIN)/ruff format gsc_assets gsc_assets_tests benchmarks

clean:
	rm -rf $(VENV) .gsc .pytest_cache
