"""Supplier Desk entry point: no command opens the window; a command runs headless."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """`supplier-desk [--database URL] [--lang LANG] [COMMAND ...]`."""
    from app.cli.dispatch import build_parser
    from app.cli.dispatch import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    parsed, _unknown = build_parser().parse_known_args(args)
    if parsed.command is None and not {"-h", "--help"} & set(args):
        return gui_main(args)
    return cli_main(args)


def gui_main(argv: Sequence[str] | None = None) -> int:
    from app.cli.dispatch import build_parser

    parsed = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if not has_display():
        print(
            "supplier-desk: no display to open the window on; run a command instead "
            "(supplier-desk --help)",
            file=sys.stderr,
        )
        return 1
    from ui.application import run

    return run(parsed.database, parsed.window_language)


def has_display() -> bool:
    """Qt aborts the process without a display: check first (Linux and other X11/Wayland)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


if __name__ == "__main__":
    sys.exit(main())
