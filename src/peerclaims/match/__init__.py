"""Reading a document against the corpus: resolving citations, matching claims.

May import: text, corpus, documents, apa, diagnostics.
"""
