"""Latency benchmark (issue 18): every CLI command and window action across an ocean.

    cd /work/main && .venv/bin/python -m tests.benchmarks.latency_bench \\
        [--rtt 0,100,300] [--reuse] [--suppliers N] [--server URL] [--database NAME]

Not a pytest test (tests/benchmarks is not collected). It makes a PostgreSQL database
on the server (default: the local one, postgres@127.0.0.1:5432) and loads the demo into
it (`supplier-desk demo`; --suppliers N adds N generated suppliers with contacts,
negotiations and offers from core_bench's Book; --reuse keeps a database made before),
then, for each round trip in --rtt, puts delay_proxy.DelayProxy in front of the server
and measures through it:

(a) the CLI commands of issue 18's table, in-process through app.cli.dispatch.main
    (wall time; round trips and statements as the proxy reads them off the wire, BEGIN,
    ROLLBACK and pings included; "events": the statements a SQLAlchemy
    before_cursor_execute listener on the Engine class sees, which excludes those; the
    connections opened) and as a subprocess (`.venv/bin/supplier-desk`: wall time
    including Python's start, round trips, statements, connections);
(b) window actions in one offscreen QApplication process driving ui.main_window.MainWindow
    on the proxied database (a child of this one with a proxy of its own): start to the
    first page of the Suppliers view, search as you type, open a supplier, save its form,
    switch to each view, open a negotiation with its offers and chart, save its form,
    export its deal sheet, open a shipment and save its form. For each: wall time, round trips,
    statements (on the wire; and the cursor events, and how many of those ran on the UI
    thread), connections opened, and the UI
    thread's longest stall (a 5 ms QTimer on the UI thread; the largest gap between its
    ticks during the action; for the start, from the moment the window is shown: the
    note gives the stall while the database opened and the time the window took to build).

An action is done when what it shows is there (rows, the record in its form, the saved
form, the exported file) and nothing is left running: no ui.worker job, no thread of
the global QThreadPool, no SQL statement in flight, and the view and form say they are
not reading (their `reading`/`loading`, attribute or method, where they have one).
Round trips are the client's flights (see delay_proxy): a connection's start-up is one
with trust authentication and TLS off, as here. A far server's TLS and password
exchange add 2-3 more per connection, which these figures do not include.

Prints one table per round trip and a summary against issue 18's targets.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url

from tests.benchmarks.delay_proxy import DelayProxy

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
DEFAULT_DATABASE = "supplier_desk_latency"
SCREEN = (1366, 768)
KEY_GAP_MS = 200
"""Between keystrokes when typing "uru": a brisk typist, slower than the 150 ms debounce
so that every keystroke's search starts (the last one while the one before may still be
on its way)."""

TARGET_RTT = 300
START_TARGET_S = 2.5
ACTION_TARGET_MS = 700.0
STALL_TARGET_MS = 50.0
CLI_EXTRA_ROUND_TRIPS = 3
ACTION_TIMEOUT_S = 120.0


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


# --- statements, counted in this process ------------------------------------------------------


class StatementCounter:
    """Every statement any Engine of this process sends, and which thread sent it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.total = 0
        self.on_main = 0
        self.in_flight = 0
        self.texts: list[str] = []
        self.keep_texts = False
        self.began = time.perf_counter()

    def install(self) -> None:
        event.listen(Engine, "before_cursor_execute", self._before)
        event.listen(Engine, "after_cursor_execute", self._after)
        event.listen(Engine, "handle_error", self._error)

    def _before(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        with self.lock:
            self.total += 1
            self.in_flight += 1
            if threading.current_thread() is threading.main_thread():
                self.on_main += 1
            if self.keep_texts:
                name = threading.current_thread().name[-12:]
                at = (time.perf_counter() - self.began) * 1000
                self.texts.append(f"{at:7.0f} ms {name:>12} {' '.join(statement.split())[:140]}")

    def _after(self, *args: Any) -> None:
        with self.lock:
            self.in_flight = max(0, self.in_flight - 1)

    def _error(self, context: Any) -> None:
        with self.lock:
            self.in_flight = max(0, self.in_flight - 1)

    def reset(self) -> None:
        with self.lock:
            self.total = self.on_main = 0
            self.texts = []
            self.began = time.perf_counter()


# --- the database -------------------------------------------------------------------------


def admin(server: URL, sql: str) -> None:
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def direct_url(server: URL, name: str) -> str:
    return str(server.set(database=name).render_as_string(hide_password=False))


def build(server: URL, name: str, suppliers: int) -> None:
    from app.cli.dispatch import main as cli

    admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(server, f'CREATE DATABASE "{name}"')
    url = direct_url(server, name)
    out, err = io.StringIO(), io.StringIO()
    if cli(["--database", url, "demo"], out=out, err=err) != 0:
        raise RuntimeError(f"demo failed: {err.getvalue()}")
    print(out.getvalue().strip())
    if suppliers:
        from models.engine import create_database_engine
        from tests.benchmarks.core_bench import Book, load_bulk

        engine = create_database_engine(url)
        result = load_bulk(engine, Book(suppliers))
        engine.dispose()
        counts = ", ".join(f"{v:,} {k}" for k, v in result.counts.items())
        print(f"added {counts} in {result.seconds:.1f} s")
    admin(server.set(database=name), "ANALYZE")


@dataclass(frozen=True)
class Subjects:
    """The records the commands and actions open."""

    supplier_id: int
    supplier_name: str
    negotiation_id: int
    suppliers: int
    negotiations: int


def subjects(server: URL, name: str) -> Subjects:
    engine = create_engine(direct_url(server, name))
    try:
        with engine.connect() as connection:
            supplier = connection.execute(
                text(
                    "SELECT id, name FROM suppliers WHERE city ILIKE 'uruapan' "
                    "AND archived_at IS NULL ORDER BY id LIMIT 1"
                )
            ).one()
            negotiation = connection.execute(
                text("SELECT coalesce(min(id) FILTER (WHERE id = 3), min(id)) FROM negotiations")
            ).scalar_one()
            suppliers = connection.execute(text("SELECT count(*) FROM suppliers")).scalar_one()
            negotiations = connection.execute(
                text("SELECT count(*) FROM negotiations")
            ).scalar_one()
    finally:
        engine.dispose()
    return Subjects(int(supplier[0]), str(supplier[1]), int(negotiation), suppliers, negotiations)


# --- (a) the command line --------------------------------------------------------------------


def cli_commands(ids: Subjects) -> list[list[str]]:
    return [
        ["db", "info"],
        ["suppliers", "list", "--search", "uruapan"],
        ["suppliers", "show", str(ids.supplier_id)],
        ["negotiations", "show", str(ids.negotiation_id)],
        ["negotiations", "list"],
    ]


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and every per-user folder (logs, settings, backups) in `home`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("SUPPLIER_DESK_DATABASE_URL", None)
    env["PYTHONPATH"] = str(ROOT)
    return env


def closed(proxy: DelayProxy, timeout: float = 10.0) -> Any:
    """The proxy's counts once every connection of the command has closed. A connection
    closed cleanly ends with the client's Terminate message: one more flight in the
    proxy's count that nobody waits for (it gets no answer), sent as the command ends;
    waiting here keeps it out of the next command's count and in this one's, where
    cli_round_trips takes it out again."""
    end = time.perf_counter() + timeout
    while proxy.stats().open_connections and time.perf_counter() < end:
        time.sleep(0.005)
    time.sleep(0.02)  # the Terminate's bytes read by the proxy's loop
    return proxy.stats()


def cli_round_trips(stats: Any) -> int:
    """The flights a command waited for: the proxy's count less each closed connection's
    Terminate (every connection is closed by then: closed())."""
    return int(stats.round_trips - (stats.connections - stats.open_connections))


def measure_cli(
    proxy: DelayProxy, name: str, ids: Subjects, counter: StatementCounter, home: Path, runs: int
) -> list[dict[str, Any]]:
    from app.cli.dispatch import main as cli

    url = proxy.url_for(name)
    program = ROOT / ".venv" / "bin" / "supplier-desk"
    rows = []
    closed(proxy)  # nothing of before counted
    for command in cli_commands(ids):
        inproc: list[tuple[float, int, int, int, int]] = []
        for _ in range(runs):
            out, err = io.StringIO(), io.StringIO()
            proxy.reset()
            counter.reset()
            mark = time.perf_counter()
            code = cli(["--database", url, *command], out=out, err=err)
            seconds = time.perf_counter() - mark
            stats = closed(proxy)
            if code != 0:
                raise RuntimeError(f"{command} failed: {err.getvalue()}")
            inproc.append(
                (
                    seconds,
                    cli_round_trips(stats),
                    stats.statements,
                    counter.total,
                    stats.connections,
                )
            )
        spawned: list[tuple[float, int, int, int]] = []
        for _ in range(runs):
            proxy.reset()
            mark = time.perf_counter()
            done = subprocess.run(
                [str(program), "--database", url, *command],
                cwd=ROOT,
                env=child_env(home),
                capture_output=True,
                text=True,
                check=False,
            )
            seconds = time.perf_counter() - mark
            stats = closed(proxy)
            if done.returncode != 0:
                raise RuntimeError(f"{command} failed:\n{done.stderr}")
            spawned.append((seconds, cli_round_trips(stats), stats.statements, stats.connections))
        rows.append(
            {
                "command": " ".join(command),
                "ms": statistics.median(r[0] for r in inproc) * 1000,
                "round_trips": inproc[-1][1],
                "statements": inproc[-1][2],
                "events": inproc[-1][3],
                "connections": inproc[-1][4],
                "process_ms": statistics.median(r[0] for r in spawned) * 1000,
                "process_round_trips": spawned[-1][1],
                "process_statements": spawned[-1][2],
                "process_connections": spawned[-1][3],
            }
        )
    return rows


def print_cli(rtt: float, rows: list[dict[str, Any]]) -> None:
    print(f"\n(a) CLI at {rtt:g} ms round trip (in-process median; subprocess incl. Python start)")
    print(
        f"  {'command':34s} {'in-proc ms':>10s} {'rtrips':>6s} {'stmts':>5s} {'events':>6s} "
        f"{'conns':>5s}   {'process ms':>10s} {'rtrips':>6s} {'stmts':>5s} {'conns':>5s}"
    )
    for row in rows:
        print(
            f"  {row['command']:34s} {row['ms']:10.0f} {row['round_trips']:6d} "
            f"{row['statements']:5d} {row['events']:6d} {row['connections']:5d}   "
            f"{row['process_ms']:10.0f} {row['process_round_trips']:6d} "
            f"{row['process_statements']:5d} {row['process_connections']:5d}"
        )
    print(
        "  (rtrips: the flights the command waited for, its connection's start-up included; "
        "not the closing Terminate)"
    )


# --- (b) the window: runs in a child process ---------------------------------------------------


def busy(thing: Any) -> bool:
    """Whether a view or form says it is reading: `reading`/`loading`, a flag or a method."""
    for name in ("reading", "loading"):
        value = getattr(thing, name, False)
        if callable(value):
            value = value()
        if value is True:
            return True
    return False


@dataclass
class Action:
    name: str
    ms: float = 0.0
    round_trips: int = 0
    waits: int = 0
    statements: int = 0
    events: int = 0
    on_ui_thread: int = 0
    connections: int = 0
    stall_ms: float = 0.0
    note: str = ""
    done: bool = True


@dataclass
class Stalls:
    """The UI thread's gaps between the ticks of a 5 ms timer."""

    last: float = 0.0
    worst: float = 0.0
    recording: bool = False

    def tick(self) -> None:
        now = time.perf_counter()
        if self.recording:
            self.worst = max(self.worst, now - self.last)
        self.last = now

    def begin(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.recording = True

    def end(self) -> float:
        self.tick()
        self.recording = False
        return self.worst * 1000


@dataclass
class Driver:
    """Drives the window and measures each action."""

    app: Any
    proxy: DelayProxy
    counter: StatementCounter
    stalls: Stalls
    actions: list[Action] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def idle(self) -> bool:
        from PySide6.QtCore import QThreadPool

        import ui.worker

        worker_idle = getattr(ui.worker, "idle", None)
        running = not worker_idle() if worker_idle else bool(getattr(ui.worker, "_running", ()))
        return (
            not running
            and QThreadPool.globalInstance().activeThreadCount() == 0
            and self.counter.in_flight == 0
        )

    def spin(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def until(self, done: Callable[[], bool], timeout: float = ACTION_TIMEOUT_S) -> bool:
        """Spin until `done()` and nothing is running (after at least one pass)."""
        end = time.perf_counter() + timeout
        began = time.perf_counter()
        try:
            return self._until(done, end)
        finally:
            if os.environ.get("LATENCY_BENCH_DEBUG"):
                print(
                    f"until: {time.perf_counter() - began:.3f} s, idle {self.idle()}",
                    file=sys.stderr,
                    flush=True,
                )

    def _until(self, done: Callable[[], bool], end: float) -> bool:
        while True:
            self.app.processEvents()
            if done() and self.idle():
                self.app.processEvents()  # what the last result posted (a repaint)
                if done() and self.idle():
                    return True
            if time.perf_counter() > end:
                return False
            time.sleep(0.0005)

    @contextlib.contextmanager
    def action(self, name: str) -> Iterator[Action]:
        """Measures the block: it must end when the action is done."""
        record = Action(name)
        self.spin(0.05)  # nothing of the previous action left over
        self.proxy.reset()
        self.counter.reset()
        self.counter.keep_texts = bool(os.environ.get("LATENCY_BENCH_STATEMENTS"))
        self.stalls.begin()
        mark = time.perf_counter()
        yield record
        record.ms = (time.perf_counter() - mark) * 1000
        record.stall_ms = self.stalls.end()
        stats = self.proxy.stats()
        record.round_trips = stats.round_trips
        record.waits = stats.waits
        record.connections = stats.connections
        record.statements = stats.statements
        record.events = self.counter.total
        record.on_ui_thread = self.counter.on_main
        if self.counter.keep_texts:  # LATENCY_BENCH_STATEMENTS=1: what each action sent
            print(f"--- {name}", *self.counter.texts, sep="\n    ", file=sys.stderr)
        self.actions.append(record)


def save_form(driver: Driver, name: str, view: Any, field: str, text: str, *tabs: str) -> None:
    """Type into `field` of the form of `view` (another text when it holds `text`
    already), then the timed action `name`: Save pressed, until the form is saved, not
    dirty, and neither it, the view nor its `tabs` are reading."""
    from PySide6.QtTest import QTest

    form = view.form
    saved: list[int] = []
    form.saved.connect(saved.append)
    binding = form.bindings[field]
    typed = text if binding.text() != text else text + " 2"
    binding.widget.setFocus()
    binding.widget.selectAll()
    QTest.keyClicks(binding.widget, typed)
    driver.spin(0.05)
    with driver.action(name) as act:
        view.save_button.click()
        act.done = driver.until(
            lambda: (
                bool(saved)
                and not form.is_dirty()
                and not busy(form)
                and not busy(view)
                and not any(busy(getattr(form, tab, None)) for tab in tabs)
            )
        )
        act.note = f"{field} saved" if saved else "NOT SAVED"


def quiet_dialogs(driver: Driver) -> None:
    """Message boxes are recorded and answered instead of waiting for a user."""
    from PySide6.QtWidgets import QMessageBox

    def record(kind: str, answer: Any) -> Callable[..., Any]:
        def box(_parent: Any, title: str, message: str = "", *args: Any) -> Any:
            driver.dialogs.append(f"{kind}: {title}: {message}"[:200])
            return answer

        return box

    button = QMessageBox.StandardButton
    QMessageBox.question = record("question", button.Discard)  # type: ignore[method-assign]
    QMessageBox.warning = record("warning", button.Ok)  # type: ignore[method-assign]
    QMessageBox.critical = record("critical", button.Ok)  # type: ignore[method-assign]
    QMessageBox.information = record("information", button.Ok)  # type: ignore[method-assign]


def run_window(name: str, rtt: float, ids: Subjects, home: Path) -> dict[str, Any]:
    """In the child: drive the window through a proxy of its own."""
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    import app.exporting.export_settings
    import ui.export_flow

    counter = StatementCounter()
    counter.install()
    qapp = QApplication([])
    stalls = Stalls()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(5)
    ticker.timeout.connect(stalls.tick)
    ticker.start()

    exports: list[Path] = []
    export_settings = home / "export-settings.json"
    app.exporting.export_settings.settings_path = lambda: export_settings
    ui.export_flow.offer_to_open = lambda parent, path, warnings: exports.append(path)
    deal_file = home / "deal.pdf"
    QFileDialog.getSaveFileName = lambda *_a, **_k: (str(deal_file), "")  # type: ignore[method-assign]

    with DelayProxy(rtt) as proxy:
        driver = Driver(qapp, proxy, counter, stalls)
        quiet_dialogs(driver)
        url = proxy.url_for(name)
        settings = QSettings(str(home / "window.ini"), QSettings.Format.IniFormat)
        settings.setValue("window/view", 1)  # open on the Suppliers view
        settings.sync()
        driver.spin(0.1)

        # -- start to first page
        from ui.application import open_off_ui_thread
        from ui.main_window import MainWindow

        window: Any = None
        with driver.action("start to first page") as act:
            db = open_off_ui_thread(url, daily_backup=False)  # as ui.application.run opens it
            opened_stall = driver.stalls.worst * 1000
            built = time.perf_counter()
            window = MainWindow(db, settings)
            window.resize(*SCREEN)
            window.show()
            built_ms = (time.perf_counter() - built) * 1000
            # The stall counted from here: building the window (before it is on screen)
            # is Python work on the UI thread by nature, given in the note instead.
            driver.stalls.begin()
            act.done = driver.until(
                lambda: (
                    window.windowHandle() is not None
                    and window.windowHandle().isExposed()
                    and hasattr(window.current, "model")
                    and window.current.model.rowCount() > 0
                )
            )
            act.note = (
                f"{window.current.model.rowCount()} rows of {window.current.model.total}; "
                f"stall while opening the database {opened_stall:.0f} ms; building and "
                f"showing the window {built_ms:.0f} ms (UI thread, before it is on screen)"
            )
        suppliers = window.current
        model, table = suppliers.model, suppliers.table

        resets: list[float] = []
        model.modelReset.connect(lambda: resets.append(time.perf_counter()))

        # -- search as you type
        suppliers.search.setFocus()
        driver.spin(0.1)
        with driver.action("search as you type 'uru'") as act:
            begun = time.perf_counter()
            last_key = begun
            for n, letter in enumerate("uru"):
                # when the user presses it; a window busy meanwhile gets it late
                last_key = begun + n * KEY_GAP_MS / 1000
                while time.perf_counter() < last_key:
                    qapp.processEvents()
                QTest.keyClicks(suppliers.search, letter)
            delivered = time.perf_counter()  # results after this are the last key's
            typed = suppliers.search.text()
            act.done = driver.until(
                lambda: (
                    suppliers.search.text() == "uru"
                    and any(t > delivered for t in resets)
                    and not busy(suppliers)
                )
            )
            late = (time.perf_counter() - last_key) * 1000
            act.note = (
                f"typed {typed!r}; {model.rowCount()} rows; from the last key, "
                f"{KEY_GAP_MS} ms apart; 150 ms debounce incl.; "
                f"last key handled {(delivered - last_key) * 1000:.0f} ms late"
            )
        act.ms = late  # from the last keystroke, as the user waits for it

        # -- open a supplier
        row = model.row_of_id(ids.supplier_id)
        if row is None:
            row = 0
        form = suppliers.form
        with driver.action("open a supplier") as act:
            table.selectRow(row)
            act.done = driver.until(
                lambda: (
                    form.record_id == ids.supplier_id
                    and not form.is_dirty()
                    and not busy(form)
                    and not busy(suppliers)
                )
            )
            act.note = f"#{ids.supplier_id} {form.bindings['name'].text()[:30]}"

        # -- save the form
        save_form(driver, "save a supplier form", suppliers, "address", "Av. Latencia 300")

        # the search emptied again (not timed), so that the Suppliers view shows its first page
        suppliers.search.clear()
        driver.until(lambda: not busy(suppliers))
        driver.spin(0.3)  # the debounce
        driver.until(lambda: not busy(suppliers))

        # -- switch to each view
        order = [0, 2, 3, 4, 5, 6, 7, 1]
        for number in order:
            view = window.view(number)
            title = view.title
            view_model = getattr(view, "model", None)
            marks: list[float] = []
            if view_model is not None:
                view_model.modelReset.connect(lambda m=marks: m.append(time.perf_counter()))
            with driver.action(f"switch to {title}") as act:
                begun = time.perf_counter()
                window.show_view(number)

                def shown(
                    view: Any = view,
                    view_model: Any = view_model,
                    marks: list[float] = marks,
                    begun: float = begun,
                ) -> bool:
                    if window.current is not view:
                        return False
                    if busy(view) or busy(getattr(view, "form", None)):
                        return False
                    if hasattr(view_model, "loaded"):  # a paged list: its first page again
                        return bool(view_model.loaded) and any(t >= begun for t in marks)
                    return True

                act.done = driver.until(shown)
                if view_model is not None:
                    act.note = f"{view_model.rowCount()} rows"

        # -- open a negotiation with its offers and chart
        deals = window.view(2)
        window.show_view(2)
        driver.until(lambda: deals.model.loaded and not busy(deals))
        deal_row = deals.model.row_of_id(ids.negotiation_id)
        if deal_row is None:
            deal_row = 0
            note = "(not on the first page: row 0)"
        else:
            note = ""
        deal_form = deals.form
        wanted = deals.model.id_at(deal_row)
        with driver.action("open a negotiation") as act:
            deals.table.selectRow(deal_row)
            act.done = driver.until(
                lambda: (
                    deal_form.record_id == wanted
                    and not deal_form.is_dirty()
                    and not busy(deal_form)
                    and not busy(deals)
                    and not busy(getattr(deal_form, "offers", None))
                )
            )
            offers: Any = getattr(deal_form, "offers", None)
            count = offers.table.model().rowCount() if hasattr(offers, "table") else "?"
            act.note = f"#{wanted}, {count} offers {note}".strip()

        # -- save the negotiation form
        save_form(
            driver, "save a negotiation form", deals, "payment_terms", "30% anticipo", "offers"
        )

        # -- export its deal sheet
        actions = deals.export_actions
        actions.menu.aboutToShow.emit()
        with driver.action("export a deal sheet (PDF)") as act:
            actions.action("Deal sheet (PDF)…").trigger()
            act.done = driver.until(lambda: bool(exports) and not busy(deals))
            size = exports[-1].stat().st_size if exports else 0
            act.note = f"{size:,} bytes" if exports else "NOT EXPORTED"

        # -- open a shipment and save its form
        number = next(n for n in range(8) if getattr(window.view(n), "kind", "") == "shipment")
        ships = window.view(number)
        window.show_view(number)
        driver.until(lambda: ships.model.loaded and not busy(ships))
        ship_form = ships.form
        with driver.action("open a shipment") as act:
            ships.table.selectRow(0)
            act.done = driver.until(
                lambda: (
                    ship_form.record_id is not None
                    and not busy(ship_form)
                    and not busy(ships)
                    and not busy(getattr(ship_form, "history", None))
                    and not busy(getattr(ship_form, "documents", None))
                )
            )
            act.note = f"#{ship_form.record_id} {ship_form.bindings['reference'].text()}"
        save_form(
            driver,
            "save a shipment form",
            ships,
            "vessel",
            "MSC Latencia 300",
            "history",
            "documents",
        )

        window.close()
        db.dispose()
    return {
        "actions": [vars(a) for a in driver.actions],
        "dialogs": driver.dialogs,
    }


def measure_window(name: str, rtt: float, ids: Subjects, home: Path) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "tests.benchmarks.latency_bench",
        "--window",
        json.dumps({"name": name, "rtt": rtt, "ids": vars(ids), "home": str(home)}),
    ]
    done = subprocess.run(
        command, cwd=ROOT, env=child_env(home), capture_output=True, text=True, check=False
    )
    if os.environ.get("LATENCY_BENCH_STATEMENTS"):
        print(done.stderr, file=sys.stderr)  # each action's statements, from the child
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("{"):
            result: dict[str, Any] = json.loads(line)
            if done.returncode != 0:
                result["crash"] = done.stderr.strip().splitlines()[-1:]
            return result
    raise RuntimeError(f"the window run failed:\n{done.stdout}\n{done.stderr}")


def print_window(rtt: float, result: dict[str, Any]) -> None:
    print(f"\n(b) WINDOW at {rtt:g} ms round trip (offscreen; stall = longest UI-thread gap)")
    print(
        f"  {'action':30s} {'ms':>7s} {'rtrips':>6s} {'waits':>5s} {'stmts':>5s} "
        f"{'events':>6s} {'on UI':>5s} {'conns':>5s} {'stall ms':>8s}  note"
    )
    for a in result["actions"]:
        flag = "" if a["done"] else "  TIMED OUT"
        print(
            f"  {a['name']:30s} {a['ms']:7.0f} {a['round_trips']:6d} {a.get('waits', 0):5d} "
            f"{a['statements']:5d} {a['events']:6d} {a['on_ui_thread']:5d} {a['connections']:5d} "
            f"{a['stall_ms']:8.0f}  "
            f"{a['note']}{flag}"
        )
    for dialog in result.get("dialogs", []):
        print(f"  dialog shown: {dialog}")
    if result.get("crash"):
        print(f"  WARNING: the window process ended badly: {result['crash']}")


# --- the summary -------------------------------------------------------------------------


def summary(cli: dict[float, list[dict[str, Any]]], window: dict[float, dict[str, Any]]) -> bool:
    print(f"\nSUMMARY against issue 18's targets (at {TARGET_RTT} ms unless said)")
    ok = True
    if TARGET_RTT in window:
        actions = window[TARGET_RTT]["actions"]
        start = next(a for a in actions if a["name"] == "start to first page")
        met = start["ms"] < START_TARGET_S * 1000 and start["done"]
        ok = ok and met
        print(
            f"  start to first page        {start['ms']:7.0f} ms  target < "
            f"{START_TARGET_S * 1000:.0f}: {verdict(met)}"
        )
        rest = [a for a in actions if a["name"] != "start to first page"]
        slow = [a for a in rest if a["ms"] >= ACTION_TARGET_MS or not a["done"]]
        worst = max(rest, key=lambda a: a["ms"])
        ok = ok and not slow
        print(
            f"  slowest action             {worst['ms']:7.0f} ms ({worst['name']}); "
            f"{len(slow)} of {len(rest)} at or over {ACTION_TARGET_MS:.0f}: {verdict(not slow)}"
        )
        stall = max(actions, key=lambda a: a["stall_ms"])
        stalls = [a for a in actions if a["stall_ms"] >= STALL_TARGET_MS]
        ok = ok and not stalls
        print(
            f"  longest UI stall           {stall['stall_ms']:7.0f} ms ({stall['name']}); "
            f"{len(stalls)} of {len(actions)} at or over {STALL_TARGET_MS:.0f}: "
            f"{verdict(not stalls)}"
        )

        def beyond_set_up(a: dict[str, Any]) -> int:
            return int(a["round_trips"] - a["connections"])

        def allowed(a: dict[str, Any]) -> int:
            return 2 + a["name"].startswith("save")

        most = max(rest, key=beyond_set_up)
        print(
            f"  round trips per action     most {beyond_set_up(most)} ({most['name']}) beyond "
            f"connection start-ups, every connection's flights added up"
        )
        over = [a for a in rest if a.get("waits", 0) > allowed(a)]
        longest = max(rest, key=lambda a: a.get("waits", 0))
        print(
            f"  round trips one after another (waits) most {longest.get('waits', 0)} "
            f"({longest['name']}), connection start-ups included; {len(over)} of {len(rest)} "
            f"over 2 (3 for a save): {verdict(not over)}"
        )
        print("  (search as you type counts the searches of all three keystrokes)")
        ok = ok and not over
    else:
        print(f"  (the window was not measured at {TARGET_RTT} ms)")
    judged = TARGET_RTT if TARGET_RTT in cli else next(iter(cli), None)
    for row in cli.get(judged, []) if judged is not None else []:
        # in-process and as a process alike: the round trips are the same
        extra = max(
            row["round_trips"] - row["connections"],
            row["process_round_trips"] - row["process_connections"],
        )
        met = extra <= CLI_EXTRA_ROUND_TRIPS
        ok = ok and met
        print(
            f"  CLI {row['command']:30s} {row['round_trips']:3d} round trips = "
            f"{row['connections']} connection start-up(s) + {extra} "
            f"(as a process: {row['process_round_trips']}); "
            f"target set-up + {CLI_EXTRA_ROUND_TRIPS}: {verdict(met)}"
            f"; {row['ms']:.0f} ms in-process at {judged:g} ms"
        )
    if TARGET_RTT in cli:
        worst_cli = max(cli[TARGET_RTT], key=lambda r: r["process_ms"])
        print(
            f"  slowest CLI command at {TARGET_RTT} ms: {worst_cli['command']} "
            f"{worst_cli['process_ms'] / 1000:.1f} s as a process "
            f"({worst_cli['ms'] / 1000:.1f} s in-process)"
        )
    print(
        "  (set-up here = 1 flight per connection: trust authentication, TLS off; "
        "a far server adds TLS and password flights)"
    )
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rtt", default="0,100,300", help="round trips in ms, comma-separated")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="PostgreSQL server URL")
    parser.add_argument("--database", default=DEFAULT_DATABASE, help="database name to make")
    parser.add_argument("--reuse", action="store_true", help="reuse the database made before")
    parser.add_argument("--suppliers", type=int, default=0, help="generated suppliers to add")
    parser.add_argument("--runs", type=int, default=1, help="runs of each CLI command")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI commands")
    parser.add_argument("--no-window", action="store_true", help="skip the window")
    parser.add_argument("--window", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.window:
        spec = json.loads(args.window)
        result = run_window(spec["name"], spec["rtt"], Subjects(**spec["ids"]), Path(spec["home"]))
        print(json.dumps(result), flush=True)
        os._exit(0)  # skip Qt's teardown: nothing left to measure
    server = make_url(args.server)
    if args.reuse:
        print(f"reusing database {args.database}")
    else:
        build(server, args.database, args.suppliers)
    ids = subjects(server, args.database)
    rtts = [float(r) for r in args.rtt.split(",") if r.strip()]
    print(
        f"Supplier Desk latency benchmark, Python {sys.version.split()[0]}, PostgreSQL at "
        f"{server.host}:{server.port or 5432} through delay_proxy; {ids.suppliers} suppliers, "
        f"{ids.negotiations} negotiations; supplier #{ids.supplier_id} ({ids.supplier_name}), "
        f"negotiation #{ids.negotiation_id}"
    )
    counter = StatementCounter()
    counter.install()
    cli: dict[float, list[dict[str, Any]]] = {}
    window: dict[float, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="supplier-desk-latency-") as tmp:
        home = Path(tmp)
        for rtt in rtts:
            print(f"\n=== round trip {rtt:g} ms ===")
            if not args.no_cli:
                with DelayProxy(rtt) as proxy:
                    cli[rtt] = measure_cli(proxy, args.database, ids, counter, home, args.runs)
                print_cli(rtt, cli[rtt])
            if not args.no_window:
                window_home = home / f"window-{rtt:g}"
                window_home.mkdir()
                window[rtt] = measure_window(args.database, rtt, ids, window_home)
                print_window(rtt, window[rtt])
    ok = summary(cli, window)
    print(f"\nALL TARGETS {'MET' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
