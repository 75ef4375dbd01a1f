"""Text grammar that knows nothing of the corpus: citations, reference lists, sentences, names.

May import: errors only. Pure functions over strings. `patterns` holds the regular-expression
pieces the grammars share; `citations` and `reflist` are the entry points of the in-text
and reference-list grammars; `sentences` tells claim-like sentences; `names` and `folding`
compare author names.
"""
