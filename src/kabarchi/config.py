"""Every calibrated constant of kabarchi, in one place, each with what it was calibrated against.

Stages import their numbers from here; changing one is a decision that the evaluation gate (tests/test_eval_gate.py
and docs/evaluation.md) must confirm.
"""

from __future__ import annotations

# --- reading ------------------------------------------------------------------------------------------------

#: Files larger than this are refused with ``too-large`` instead of being read into memory. News articles are
#: 2-40 KB; the largest report PDF seen in our samples is 6 MB. 50 MB is refused by the issue's own definition.
MAX_INPUT_BYTES = 25 * 1024 * 1024

#: Share of control characters (other than tab, CR, LF, FF) above which decoded bytes count as binary.
#: Calibrated on the seeds (0.0) and on random bytes and zip/png files (> 0.05).
MAX_CONTROL_SHARE = 0.01

#: A progress bar is shown on stderr when more documents than this are read (and stderr is a terminal or
#: ``--progress`` is given).
PROGRESS_MIN_DOCUMENTS = 5
