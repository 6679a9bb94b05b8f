"""A command that only reads, run again when the connection to the team database is lost
(issue 18 point 4), as the window's reads are: a few tries with short waits
(app.store.reconnect.run_read), each announced by one line on stderr:

    Connection lost; reconnecting (1/3)…

Only the commands in app.cli.common.READING are run so. A command that changes
something is never run a second time: it may have reached the server, and a second
send could save it twice; lost_connection_line says nothing was saved (or, lost during
the COMMIT, that it may have been). A reading command that has printed part of its
answer already is not run again either (the lines would be printed twice): the error
says the connection was lost.

On a server, a reading command's database is opened with `defer` (app.cli.common.open_db):
when the opening's checks say the schema was brought up to date just now, the reads that
went out on the older schema are run once more.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from app.cli.common import PROG, READING, check_openings, command_name, missing_database
from app.store.connection import LOST, LOST_SAVING
from app.store.database import DatabaseMissingError, SchemaUpgradedError
from app.store.reconnect import ConnectionLostError, listen, run_read

Handler = Callable[[argparse.Namespace, TextIO], int]

RECONNECTING = "Connection lost; reconnecting ({attempt}/{tries})…"
READ_LOST = (
    "the connection to the team database was lost and could not be made again; "
    "nothing was changed — run the command again"
)
WRITE_LOST = (
    "the connection to the team database was lost; nothing was saved — run the command again"
)
WRITE_IN_DOUBT = (
    "the connection to the team database was lost while the server was saving: the change "
    "may or may not have been saved — look before running the command again"
)


def run_command(handler: Handler, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """`handler(args, out)`; a command in READING again on a fresh connection when its
    connection was lost (and it printed nothing yet), saying so on `err`."""
    if command_name(args) not in READING:
        return handler(args, out)
    stop = listen(_Saying(err))
    try:
        return run_read(lambda: _once(handler, args, out))
    except _PrintedError as printed:
        raise printed.error from None
    except DatabaseMissingError as exc:  # found by the opening that rode with the reads
        raise missing_database(args, exc) from None
    finally:
        stop()


def lost_connection_line(args: argparse.Namespace | None, error: ConnectionLostError) -> str:
    """What the command line says of a connection lost during a command: a read that
    gave up, or a change that was not saved (or may have been)."""
    reading = args is not None and command_name(args) in READING
    if reading:
        return READ_LOST if str(error) in (str(LOST), str(LOST_SAVING)) else str(error)
    if error.in_doubt:
        return WRITE_IN_DOUBT
    if str(error) in (str(LOST), str(LOST_SAVING)):
        return WRITE_LOST
    return str(error)  # could not connect again: the reason, and that nothing was saved


class _PrintedError(Exception):
    """A lost connection after the command printed part of its answer: not run again."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _once(handler: Handler, args: argparse.Namespace, out: TextIO) -> int:
    watched = _Watched(out)
    try:
        try:
            return handler(args, watched)  # type: ignore[arg-type]
        except SchemaUpgradedError:
            # the schema was brought up to date after the first reads went out: again
            return handler(args, watched)  # type: ignore[arg-type]
        except Exception:
            check_openings()  # a database that is not ours: its error, not this one
            raise
    except ConnectionLostError as exc:
        if watched.wrote:
            raise _PrintedError(exc) from None
        raise


class _Watched:
    """`out`, noting whether anything was written to it."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self.wrote = False

    def write(self, text: str) -> int:
        if text:
            self.wrote = True
        return self._out.write(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


class _Saying:
    """Tells stderr what the retries do (app.store.reconnect.ReconnectListener)."""

    def __init__(self, err: TextIO) -> None:
        self.err = err

    def reconnecting(self, attempt: int, tries: int, delay: float) -> None:
        line = RECONNECTING.format(attempt=attempt, tries=tries)
        print(f"{PROG}: {line}", file=self.err, flush=True)

    def reconnected(self) -> None:
        """Nothing to say: the answer follows."""

    def gave_up(self, error: BaseException) -> None:
        """The error follows (lost_connection_line)."""
