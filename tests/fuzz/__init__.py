"""Fuzz suite: hypothesis over every reader and parser (corpus YAML, BibTeX, Markdown,
text, Office, PDF, the citation grammar, the reference-list parser and the whole `check`).

Profiles, helpers and shared strategies are in tests/fuzz/conftest.py. CI runs the "ci"
profile (bounded and derandomised); `HYPOTHESIS_PROFILE=nightly python -m pytest
tests/fuzz` runs the long one.
"""
