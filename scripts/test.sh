#!/usr/bin/env bash
# The project's test command (README, "Run the tests"; CI runs exactly this).
# Installs what the tests need — the package with its test extras, Neo4j's Cypher linter
# (npm), the Neo4j 5 server the tests start (Maven, Java 17), headless Chromium for the view
# tests (Debian/Ubuntu, when missing and root) — then runs ruff, mypy and pytest, on every
# core (pytest-xdist; tests/conftest.py keeps each file, and all Neo4j tests, in one worker).
# Extra arguments go to pytest (`-n 0` runs in one process).
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -e ".[test]"
npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
# Downloads Neo4j's jars from Maven Central the first time (~125 MB), then builds offline.
mvn -q -B -Dstyle.color=never -f tools/neo4j-server/pom.xml package
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 \
   && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

ruff check src tests benchmarks
mypy
# Bytecode may be written for the test run even where the environment says not to
# (PYTHONDONTWRITEBYTECODE=1): pytest caches each test module with its asserts rewritten only
# where bytecode may be written, and rewriting ~620 modules was half of every worker's
# collection (47 CPU s a process with nothing cached, 17 s from the cache).  Each cached file
# is checked against its source (pytest: the source's hash; Python: its size and time).  The
# caches are __pycache__ folders, git-ignored.
PYTHONDONTWRITEBYTECODE= python -m pytest -n auto --dist loadfile -rs "$@"
