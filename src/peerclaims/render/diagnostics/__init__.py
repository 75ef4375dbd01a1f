"""Renderers of diagnostics (validate, check): text, plain, json, github, sarif."""
