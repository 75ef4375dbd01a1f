"""Renderers of search, show, study and impact: text, rich, json, csv."""
