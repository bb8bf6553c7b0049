# make run: set up a virtual environment and analyze the bundled sample report.
# make test: set up and run the test suite.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
SAMPLE ?= samples/front-line-report.txt

.PHONY: run test lint eval clean

$(BIN)/claimledger: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

run: $(BIN)/claimledger
	$(BIN)/claimledger analyze $(SAMPLE)

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
