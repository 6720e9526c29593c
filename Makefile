# Byline: `make run` sets everything up and opens the chat; `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HOST   ?= 127.0.0.1
PORT   ?= 7860

export GRADIO_ANALYTICS_ENABLED = False
export HF_HUB_OFFLINE = 1
export ANONYMIZED_TELEMETRY = False

.PHONY: setup run test test-fast lint chromium bench clean

# llama.cpp is compiled here without CPU-native kernels: on CPUs with AMX (Sapphire Rapids) its AMX
# matrix kernels crash on the first decode (ggml-org/llama.cpp#20824). A wheel built natively before
# would come back from pip's cache: `pip cache remove llama_cpp_python` once.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip install -q -e '.[dev,llm]'
	touch $(STAMP)

setup: $(STAMP)

## Index seeds/ if there is no index yet, then serve the chat on http://$(HOST):$(PORT)
run: setup
	$(BIN)/byline serve --host $(HOST) --port $(PORT)

## Debian's Chromium for the browser tests (Playwright cannot download browsers here)
chromium:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

## Every test: browser, LLM, CLI processes, servers, real model (run before handing in; CI runs this)
test: setup chromium lint
	$(BIN)/python -m pytest

## The unit tier (about a minute): no browser, LLM, subprocess, server or real model (docs/testing.md)
test-fast: setup
	$(BIN)/python -m pytest -m "fast and not slow" -q

clean:
	rm -rf $(VENV) .byline .pytest_cache .mypy_cache .ruff_cache
