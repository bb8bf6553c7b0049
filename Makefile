# make run: set up a virtual environment, analyze the bundled sample report, then ingest the
# bundled folder of reports into a fresh ledger and show a story with its origins and figures.
# make test: set up and run the test suite.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
SAMPLE ?= samples/front-line-report.txt
REPORTS ?= samples/reports
RUN_DB ?= samples-ledger.db

.PHONY: run test lint eval clean

$(BIN)/claimledger: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

run: $(BIN)/claimledger
	$(BIN)/claimledger analyze $(SAMPLE)
	rm -f $(RUN_DB) $(RUN_DB)-wal $(RUN_DB)-shm
	$(BIN)/claimledger ingest $(REPORTS) --db $(RUN_DB)
	$(BIN)/claimledger links --db $(RUN_DB)
	$(BIN)/claimledger stories --db $(RUN_DB)
	$(BIN)/claimledger story S2 --db $(RUN_DB)

test: $(BIN)/claimledger
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

lint: $(BIN)/claimledger
	$(BIN)/ruff check src tests bench

# make eval: score claimledger and its peers on ../shared/data; writes bench/results/eval.md.
eval: $(BIN)/claimledger
	$(BIN)/python -c 'import textacy' 2>/dev/null || $(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,eval]'
	$(BIN)/python bench/eval.py all --out bench/results/eval.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
