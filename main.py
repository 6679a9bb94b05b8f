"""Supplier Desk entry point: no command opens the window; a command runs headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """`supplier-desk [--database URL] [COMMAND ...]`."""
    from app.cli import build_parser
    from app.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    parsed, _unknown = build_parser().parse_known_args(args)
    if parsed.command is None and not {"-h", "--help"} & set(args):
        return gui_main(args)
    return cli_main(args)


def gui_main(argv: Sequence[str] | None = None) -> int:
    from app.cli import build_parser
    from ui.application import run

    parsed = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    return run(parsed.database)


if __name__ == "__main__":
    sys.exit(main())
