"""Renderers of the evidence map: text, markdown, csv, json, html."""
