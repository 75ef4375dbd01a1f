"""The seed suites: what peerclaims finds in the seed documents, and that the corpus is in them.

The seed documents are not part of the repository. They are read from ../shared/seeds beside
it (as CI lays them out), or from the folder named by the environment variable
PEERCLAIMS_SEEDS:

    PEERCLAIMS_SEEDS=/elsewhere/seeds python -m pytest tests/seeds

Without them the seed suites are skipped with one message, "../shared/seeds not found: ...",
instead of failing by the hundred. Each module here starts with `SEEDS = require_seeds()`
(tests.helpers), which skips the whole module at collection; the whole-seed tests of
tests/text/ read the seeds through tests.helpers.seed_text, which skips with the same message.
The fixture below is a safety net for a module that forgets.
"""

from __future__ import annotations

import pytest

from tests.helpers import require_seeds


@pytest.fixture(autouse=True)
def _seed_documents() -> None:
    """Skip the test when the seed documents are missing."""
    require_seeds()
