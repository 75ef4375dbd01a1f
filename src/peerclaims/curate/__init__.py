"""The curator's views of the corpus: full-text search, claim and study views, the evidence map.

May import: corpus, text, apa, fileio, cache, suggest.
"""
