"""A server process settles its garbage collector once its app is built: what it loaded is
frozen (never walked again by a full collection), young collections run less often. Run in a
child process: freezing the test process would keep every later test's objects for good."""

from __future__ import annotations

import subprocess
import sys


def test_a_worker_app_freezes_what_it_loaded(tmp_path):
    db = tmp_path / "ledger.db"
    code = (
        "import gc, json, os, sys\n"
        "from claimledger.ledger import Ledger\n"
        f"Ledger({str(db)!r}).close()\n"
        f"os.environ['CLAIMLEDGER_WEB'] = json.dumps({{'db': {str(db)!r}, 'cache': False}})\n"
        "from claimledger.web.app import YOUNG_COLLECTION_EVERY, app_from_environment\n"
        "before = gc.get_freeze_count()\n"
        "app_from_environment()\n"
        "print(before, gc.get_freeze_count(), gc.get_threshold()[0] == YOUNG_COLLECTION_EVERY)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    before, frozen, threshold_set = done.stdout.split()
    assert before == "0" and int(frozen) > 10_000 and threshold_set == "True"

