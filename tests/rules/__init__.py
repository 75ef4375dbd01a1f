"""Tests of the corpus rules."""
