"""The corpus: its schema, vocabularies, loading with positions, and grading.

May import: errors, diagnostics, fileio, text. Never imports match, rules, curate, render or cli.
"""
