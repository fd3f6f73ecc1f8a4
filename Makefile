# The two commands of the README quick start: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb

SHARED ?= ../shared
.PHONY: setup demo test check lint types eval bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --constraint constraints.txt --editable '.[dev]'
	touch $@

demo: setup  ## set up, ingest the bundled demo corpus, print a summary
	$(BIN)/nexus --db $(DB) demo

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: setup
	$(BIN)/mypy --strict src

test: setup lint types  ## set up, lint, type-check and run the tests
	$(BIN)/pytest -q

check: test

bench: setup  ## ingestion throughput against bare spaCy; graph analysis at 5 M relations against networkx
	$(BIN)/python bench/ingest_throughput.py
	$(BIN)/python bench/graph_scale.py

eval: setup  ## extraction quality on ../shared/eval-dev, eval/dev2, eval/dev3, eval/dev4 and eval/dev5 (development) and eval/holdout, eval/holdout2, eval/holdout3, eval/holdout4, eval/holdout5 (held out)
	@if [ -f $(SHARED)/eval-dev/score.py ]; then \
	  for set in "development set:$(SHARED)/eval-dev" "second development set:eval/dev2" \
	      "third development set:eval/dev3" "fourth development set:eval/dev4" "fifth development set:eval/dev5" \
	      "held-out set:eval/holdout" "second held-out set:eval/holdout2" "third held-out set:eval/holdout3" \
	      "fourth held-out set:eval/holdout4" "fifth held-out set:eval/holdout5"; do \
	    dir=$${set#*:}; echo "== $${set%%:*}: $$dir"; \
	    $(BIN)/python $(SHARED)/eval-dev/score.py --gold $$dir/gold --corpus $$dir/corpus \
	      --cmd "$(BIN)/nexus extract {file}"; \
	  done; \
	else echo "skipped: $(SHARED)/eval-dev is not here"; fi

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
