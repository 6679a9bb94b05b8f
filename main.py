"""Supplier Desk entry point: no command opens the window; a command runs headless."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """`supplier-desk [--database URL] [--lang LANG] [COMMAND ...]`."""
    args = list(sys.argv[1:] if argv is None else argv)
    window = _window_arguments(args)
    if window is None:
        from app.cli.dispatch import main as cli_main

        return cli_main(args)
    return _open_window(*window)


def gui_main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    window = _window_arguments(args)
    if window is None:  # a command, or a mistake: the full parser says what is wrong
        from app.cli.dispatch import build_parser

        parsed = build_parser().parse_args(args)
        window = (parsed.database, parsed.window_language)
    return _open_window(*window)


def _window_arguments(args: list[str]) -> tuple[str | None, str | None] | None:
    """(database, language) when `args` ask for the window (no command, nothing else);
    None for a command, --help, --version or anything the command line must judge. Read
    with a parser of these two options only: the commands' modules (60 ms of imports) are
    not loaded to open the window."""
    front = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    front.add_argument("--database")
    front.add_argument("--lang", dest="window_language")
    front.add_argument("command", nargs="?")
    try:
        parsed, unknown = front.parse_known_args(args)
    except SystemExit:  # an option without its value: the full parser says so
        return None
    if parsed.command is not None or unknown:
        return None
    return parsed.database, parsed.window_language


def _open_window(database: str | None, language: str | None) -> int:
    if not has_display():
        print(
            "supplier-desk: no display to open the window on; run a command instead "
            "(supplier-desk --help)",
            file=sys.stderr,
        )
        return 1
    from ui.application import run

    return run(database, language)


def has_display() -> bool:
    """Qt aborts the process without a display: check first (Linux and other X11/Wayland)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


if __name__ == "__main__":
    import multiprocessing

    # In the installable app, the import's cleaning worker (app.importing.clean_process)
    # is this program started again: it serves the worker here instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
