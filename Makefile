# Two commands do all set-up: `make run` opens the app on the seeds, `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test fuzz bench install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q tui  # an editable install compiles nothing; a wheel would
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/pledgescope

test: $(STAMP)
	$(BIN)/python -m pytest -q

fuzz: $(STAMP)  # fresh random inputs for the property tests (the suite's own are fixed)
	PLEDGESCOPE_FUZZ=$${FUZZ:-5000} $(BIN)/python -m pytest -q tests/test_properties.py

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) data/*.json .pytest_cache
