"""Text grammar that knows nothing of the corpus: citations, reference lists, sentences, folding.

May import: errors only. Pure functions over strings.
"""
