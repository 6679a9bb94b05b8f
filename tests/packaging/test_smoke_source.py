"""The bundle's smoke test run on the source install (the frozen one is built and tested by
.ci/run): the program's version, and its window ending cleanly on SIGTERM (as a session
ending), its layout saved, and a sheet big enough for the import's cleaning worker (the
installed command started again as the worker)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.packaging import smoke_bundle

PROGRAM = Path(sys.executable).parent / "supplier-desk"


@pytest.mark.skipif(not PROGRAM.exists(), reason="the package is not installed (pip install -e .)")
def test_the_smoke_test_passes_on_the_source_install(capsys: pytest.CaptureFixture[str]) -> None:
    steps = ["--only", "version", "--only", "demo", "--only", "big_import", "--only", "window"]
    code = smoke_bundle.main([str(PROGRAM), *steps])
    said = capsys.readouterr().out
    assert code == 0, said
    assert "ok big_import" in said
    assert "ok window" in said
    assert "SIGTERM: closed, status 0" in said
