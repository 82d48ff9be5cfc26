# Two entry points (see README): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test fuzz lint bench corpus clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/bogoseo convert samples/ --out out/

# hypothesis is derandomized here (profile "ci" in tests/conftest.py): the same examples
# on every run, so a failure is the code's, not the dice's
test: $(STAMP) lint
	$(BIN)/python -m pytest

# the same properties with random seeds and FUZZ times their examples (profile "fuzz");
# add what it finds to the property as an @example
FUZZ ?= 20
fuzz: $(STAMP)
	BOGOSEO_FUZZ=$(FUZZ) $(BIN)/python -m pytest -m hypothesis

lint: $(STAMP)
	$(BIN)/ruff check extract schemas tests bench tools
	$(BIN)/mypy

# benchmarks are run by hand; each prints ratios measured in one run
bench: $(STAMP)
	$(BIN)/python bench/bench_text.py
	$(BIN)/python bench/bench_pdf.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_hwp.py

# every file of ../shared/realworld converted: roles, tables, mentions, residue, records,
# checks and seconds per file (beside pdfplumber's extract_text on the PDFs), and totals
corpus: $(STAMP)
	$(BIN)/python bench/corpus.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache .hypothesis
