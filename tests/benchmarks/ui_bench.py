"""Desktop benchmark: startup, search as you type, sorting, scrolling and memory of the
real main window over a 100,000-supplier book.

    cd /work/main && .venv/bin/python -m tests.benchmarks.ui_bench [--suppliers N]

Not a pytest test (tests/benchmarks is not collected). It builds the book with
core_bench's generator and bulk loader, then, each in a process of its own so that
one measure does not warm or bloat another (QT_QPA_PLATFORM=offscreen):

(a) startup: from launching `python` to the main window exposed on the Suppliers view
    with its first page of rows, through the real entry point (ui_startup_probe.py),
    beside the same measure for a bare PySide6 QMainWindow; and which heavy modules
    were imported by then. The first launch of a day also makes the daily backup, so
    it is shown apart from the warm launches.
(b) a keystroke in the search box to the filtered rows painted ('j', 'o', 's', 'e'),
    with the 150 ms debounce set to zero: the refresh itself plus the repaint;
(c) a click on each sortable column header to the sorted rows painted (both orders);
(d) scrolling to the end: scrollToBottom, let the view fetch the next page, repaint;
    each step timed, until the last row or --scroll-seconds;
(e) the UI process's peak memory (ru_maxrss) after all of that.

--keep DIR keeps the database; --reuse DIR skips building and reuses DIR/ui.sqlite3.
--program PATH (repeatable) also times an installed program from outside, as a user
starts it: the source's .venv/bin/supplier-desk, the frozen build/dist/supplier-desk/
supplier-desk (issue 19); it reports its own first page ($SUPPLIER_DESK_STARTUP_REPORT)
and is then ended with SIGTERM, which must leave status 0 and nothing on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATABASE_NAME = "ui.sqlite3"
SCREEN = (1366, 768)

STARTUP_TARGET_S = 1.0
KEYSTROKE_TARGET_MS = 60.0
SORT_TARGET_MS = 150.0
SCROLL_STEP_TARGET_MS = 50.0
MEMORY_TARGET_MB = 400.0


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and every per-user folder (logs, backups of settings) in `home`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("SUPPLIER_DESK_DATABASE_URL", None)
    return env


def last_json(output: str) -> dict[str, Any]:
    for line in reversed(output.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    raise RuntimeError(f"no result in the child's output:\n{output}")


# --- building the book -------------------------------------------------------------------------


def build(folder: Path, suppliers: int) -> Path:
    from tests.benchmarks.core_bench import Book, fresh_database, load_bulk

    for old in folder.glob(f"{DATABASE_NAME}*"):
        old.unlink()
    path, engine = fresh_database(folder, DATABASE_NAME)
    result = load_bulk(engine, Book(suppliers))
    engine.dispose()
    counts = ", ".join(f"{v:,} {k}" for k, v in result.counts.items())
    print(f"built {path}: {counts} in {result.seconds:.1f} s")
    return path


# --- (a) startup --------------------------------------------------------------------------------


def launch(kind: str, database: Path, home: Path, language: str = "") -> dict[str, Any]:
    settings = home / "settings"
    ini = settings / "SupplierDesk" / "Supplier Desk.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[window]\nview=1\n", encoding="utf-8")  # open on the Suppliers view
    command = [sys.executable, "-m", "tests.benchmarks.ui_startup_probe", kind]
    if kind == "app":
        command += [str(database), str(settings), *([language] if language else [])]
    launched = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, env=child_env(home), capture_output=True, text=True, check=False
    )
    if done.returncode != 0 and '"ready"' not in done.stdout:
        raise RuntimeError(f"{kind} launch failed:\n{done.stdout}\n{done.stderr}")
    if done.returncode != 0:  # the first page was reached, the process died quitting
        crash = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        print(f"  WARNING: {kind} exited {done.returncode} after its first page: {crash}")
    result = last_json(done.stdout)
    result["seconds"] = result["marks"]["ready"] - launched
    result["steps"] = steps_of(launched, result["marks"])
    return result


def launch_program(program: Path, database: Path, home: Path) -> dict[str, Any]:
    """An installed program (the source's entry point, or the frozen bundle) started as a
    user starts it, timed from outside: launch to the first page on screen as the program
    itself reports it ($SUPPLIER_DESK_STARTUP_REPORT, ui/startup_report.py), then ended
    with SIGTERM (which it answers by closing as the user would)."""
    from tests.packaging.launching import until_ready_then_terminate
    from ui.startup_report import ENV

    config = home / "xdg_config_home" / "SupplierDesk"
    config.mkdir(parents=True, exist_ok=True)
    for suffix in ("conf", "ini"):  # the native settings file (Linux: .conf)
        (config / f"Supplier Desk.{suffix}").write_text("[window]\nview=1\n", encoding="utf-8")
    report = home / "startup.jsonl"
    report.unlink(missing_ok=True)
    env = dict(child_env(home), **{ENV: str(report)})
    ended = until_ready_then_terminate(
        [str(program.resolve()), "--database", str(database)],
        env=env,
        cwd=home,
        ready=lambda: report.exists() and bool(report.read_text(encoding="utf-8").strip()),
        poll_s=0.005,
    )
    result = last_json(report.read_text(encoding="utf-8"))
    result["seconds"] = result["ready"] - ended.launched
    result["status"] = ended.status
    result["stderr"] = ended.stderr
    return result


def measure_programs(programs: list[Path], database: Path, home: Path, runs: int) -> bool:
    """(a'') each installed program, launched and timed from outside, beside a bare window."""
    print("\n(a'') STARTUP OF THE INSTALLED PROGRAMS: launch to the first page (timed outside)")
    bare = statistics.median(launch("bare", database, home)["seconds"] for _ in range(runs))
    print(f"  bare PySide6 QMainWindow (python)  {bare * 1000:7.0f} ms (median of {runs})")
    ok = True
    for program in programs:
        launch_program(program, database, home)  # the day's backup, the first time
        results = [launch_program(program, database, home) for _ in range(runs)]
        median = statistics.median(r["seconds"] for r in results)
        clean = all(r["status"] == 0 and not r["stderr"] for r in results)
        met = median < STARTUP_TARGET_S
        ok = ok and met and clean
        runs_ms = ", ".join(f"{r['seconds'] * 1000:.0f}" for r in results)
        print(
            f"  {program}\n    {median * 1000:7.0f} ms (median of {runs}; runs {runs_ms}); "
            f"{results[0]['rows']} rows of {results[0]['total']:,}; target < "
            f"{STARTUP_TARGET_S * 1000:.0f}: {verdict(met)}; SIGTERM: "
            f"{'status 0, nothing on stderr' if clean else 'NOT CLEAN'}"
        )
    return ok


def steps_of(launched: float, marks: dict[str, float]) -> dict[str, float]:
    """Milliseconds between consecutive marks, starting from the parent's launch."""
    steps, before = {}, launched
    names = {"started": "interpreter", "imported": "imports"}
    for name, at in sorted(marks.items(), key=lambda item: item[1]):
        steps[names.get(name, name)] = (at - before) * 1000
        before = at
    return steps


def measure_languages(database: Path, home: Path, runs: int, languages: list[str]) -> bool:
    """Start-up in each language beside English (issue 17: within 10% of English)."""
    order = ["en", *(lang for lang in languages if lang != "en")]
    launch("app", database, home)  # the first launch of the day makes the backup
    times: dict[str, list[float]] = {lang: [] for lang in order}
    for _ in range(runs):  # interleaved, so a busy moment hits every language alike
        for language in order:
            times[language].append(launch("app", database, home, language)["seconds"])
    english = statistics.median(times["en"])
    ok = True
    print("\n(a') STARTUP BY LANGUAGE: launch to the Suppliers view with its first page")
    for language in order:
        median = statistics.median(times[language])
        ratio = median / english
        met = ratio <= 1.10
        ok = ok and met
        runs_ms = ", ".join(f"{r * 1000:.0f}" for r in times[language])
        print(
            f"  {language:6s} {median * 1000:7.0f} ms (median of {runs}; runs {runs_ms}) "
            f"{ratio:5.2f}x English, target <= 1.10x: {verdict(met)}"
        )
    return ok


def measure_startup(database: Path, home: Path, runs: int) -> bool:
    apps, bares = [], []
    for _ in range(runs):
        apps.append(launch("app", database, home))
        bares.append(launch("bare", database, home))
    first, warm = apps[0], apps[1:] or apps
    median = statistics.median(r["seconds"] for r in warm)
    bare = statistics.median(r["seconds"] for r in bares)
    typical = min(warm, key=lambda r: abs(r["seconds"] - median))
    print("\n(a) STARTUP: launch to the Suppliers view exposed with its first page")
    print(f"  bare PySide6 QMainWindow  {bare * 1000:7.0f} ms (median of {runs})")
    runs_ms = ", ".join(f"{r['seconds'] * 1000:.0f}" for r in warm)
    print(
        f"  Supplier Desk, warm       {median * 1000:7.0f} ms (median of {len(warm)}; "
        f"runs {runs_ms}) "
        f"target < {STARTUP_TARGET_S * 1000:.0f}: {verdict(median < STARTUP_TARGET_S)}"
    )
    print(f"  first launch of the day   {first['seconds'] * 1000:7.0f} ms (makes the daily backup)")
    print(f"  first page: {typical['rows']} rows of {typical['total']:,}")
    print("  where the time goes (typical warm run, ms):")
    for step, ms in typical["steps"].items():
        print(f"    {step:14s} {ms:7.0f}")
    print(f"  modules loaded: {typical['modules']} (bare window: {bares[0]['modules']})")
    heavy = typical["heavy"]
    print(f"  heavy modules imported at startup: {', '.join(heavy) if heavy else 'none'}")
    return median < STARTUP_TARGET_S


# --- (b)-(e): in one UI process ------------------------------------------------------------------


def interact(database: Path, scroll_seconds: float) -> dict[str, Any]:
    """Runs in the child: drive the real window, return the figures."""
    import resource

    from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.store.database import open_database
    from ui.main_window import MainWindow

    app = QApplication([])
    db = open_database(str(database), daily_backup=False)
    settings = QSettings(str(database) + ".ini", QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    window.resize(*SCREEN)
    window.show()
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    started = time.perf_counter()
    home = window.view_of("dashboard")
    home.refresh()  # reads off the UI thread: time until the figures are on screen
    while home.reading:
        app.processEvents()
    home_ms = (time.perf_counter() - started) * 1000
    window.show_view(1)
    view = window.current
    model, table = view.model, view.table
    app.processEvents()

    fetches: list[tuple[int, float]] = []
    inner = model._fetch

    def timed_fetch(offset: int, limit: int, sort: str, descending: bool) -> Any:
        mark = time.perf_counter()
        page = inner(offset, limit, sort, descending)
        if not callable(page):  # read on the UI thread: timed here
            fetches.append((offset, (time.perf_counter() - mark) * 1000))
            return page
        plan = page  # the query built here, read off the UI thread: time the read too

        def timed_plan() -> Any:
            read = plan()
            fetches.append((offset, (time.perf_counter() - mark) * 1000))
            return read

        return timed_plan

    model._fetch = timed_fetch
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    def until(done: Callable[[], bool]) -> None:
        while not done():
            app.processEvents()

    # (b) search as you type, the debounce fired at once
    debounce = getattr(view, "_debounce", None) or next(
        t for t in view.findChildren(QTimer) if t.isSingleShot()
    )
    debounce.setInterval(0)
    keys = []
    for letter in "jose":
        resets.clear()
        fetches.clear()
        mark = time.perf_counter()
        QTest.keyClick(view.search, letter)
        until(lambda: bool(resets))
        table.viewport().repaint()
        keys.append(
            {
                "text": view.search.text(),
                "ms": (time.perf_counter() - mark) * 1000,
                "query_ms": sum(ms for _, ms in fetches),
                "rows": model.rowCount(),
                "total": model.total_text,
            }
        )
    resets.clear()
    view.search.clear()
    until(lambda: bool(resets))

    # (c) sorting by each column header, both orders
    header = table.horizontalHeader()
    sorts = []
    for column, spec in enumerate(model.columns):
        if not spec.sort:
            continue
        table.scrollTo(model.index(0, column))
        app.processEvents()
        for _ in range(2):
            fetches.clear()
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            mark = time.perf_counter()
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
            table.viewport().repaint()
            sorts.append(
                {
                    "column": spec.header,
                    "descending": model.descending,
                    "ms": (time.perf_counter() - mark) * 1000,
                    "query_ms": sum(ms for _, ms in fetches),
                    "sorted": model.sort_key == spec.sort,
                }
            )
    # back to the default order for scrolling
    name = next(i for i, c in enumerate(model.columns) if c.sort == "name")
    table.sortByColumn(name, Qt.SortOrder.AscendingOrder)
    table.scrollToTop()
    app.processEvents()

    # (d) scrolling to the end
    memory_before_scroll = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    fetches.clear()
    steps: list[float] = []
    queries: list[float] = []  # the page queries' share of each step
    began, idle = time.perf_counter(), 0
    while model.rowCount() < model.total and time.perf_counter() - began < scroll_seconds:
        rows, fetched = model.rowCount(), len(fetches)
        mark = time.perf_counter()
        table.scrollToBottom()
        app.processEvents()
        table.viewport().repaint()
        steps.append((time.perf_counter() - mark) * 1000)
        queries.append(sum(ms for _, ms in fetches[fetched:]))
        idle = idle + 1 if model.rowCount() == rows else 0
        if idle > 50:
            break
    scroll = {
        "rows": model.rowCount(),
        "total": model.total,
        "seconds": time.perf_counter() - began,
        "steps": steps,
        "queries": queries,
        "fetches": fetches[:],
    }
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lists = {}
    for other in window.views:
        if hasattr(other, "model"):
            mark = time.perf_counter()
            other.refresh()
            lists[other.title] = (time.perf_counter() - mark) * 1000
    window.close()
    db.dispose()
    return {
        "home_ms": home_ms,
        "lists_ms": lists,
        "keys": keys,
        "sorts": sorts,
        "scroll": scroll,
        "memory_mb": memory,
        "memory_before_scroll_mb": memory_before_scroll,
    }


def measure_interaction(database: Path, home: Path, scroll_seconds: float) -> bool:
    command = [sys.executable, "-m", "tests.benchmarks.ui_bench", "--interact", str(database)]
    command += ["--scroll-seconds", str(scroll_seconds)]
    done = subprocess.run(
        command, cwd=ROOT, env=child_env(home), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"interaction run failed:\n{done.stdout}\n{done.stderr}")
    result = last_json(done.stdout)
    ok = True
    scroll = result["scroll"]

    print("\n(b) KEYSTROKE in the search box to filtered rows painted (debounce set to 0)")
    for key in result["keys"]:
        print(
            f"  {key['text']!r:8s} {key['ms']:7.1f} ms  (query {key['query_ms']:6.1f})  "
            f"{key['rows']:>4} rows of {key['total']:>7}  "
            f"{verdict(key['ms'] < KEYSTROKE_TARGET_MS)}"
        )
    worst = max(k["ms"] for k in result["keys"])
    print(f"  slowest {worst:.1f} ms, target < {KEYSTROKE_TARGET_MS:g}: ", end="")
    print(verdict(worst < KEYSTROKE_TARGET_MS))
    ok = ok and worst < KEYSTROKE_TARGET_MS

    print(f"\n(c) HEADER CLICK to sorted rows painted ({scroll['total']:,} rows, no search)")
    for sort in result["sorts"]:
        order = "desc" if sort["descending"] else "asc "
        print(
            f"  {sort['column']:10s} {order} {sort['ms']:7.1f} ms  (query {sort['query_ms']:6.1f})"
            f"  {'sorted' if sort['sorted'] else 'NOT SORTED'}  "
            f"{verdict(sort['ms'] < SORT_TARGET_MS)}"
        )
    worst = max(s["ms"] for s in result["sorts"])
    print(
        f"  slowest {worst:.1f} ms, target < {SORT_TARGET_MS:g}: {verdict(worst < SORT_TARGET_MS)}"
    )
    ok = ok and worst < SORT_TARGET_MS and all(s["sorted"] for s in result["sorts"])

    steps = scroll["steps"]
    fetches = scroll["fetches"]
    print("\n(d) SCROLLING to the end, one scrollToBottom + fetchMore + repaint per step")
    print(
        f"  reached row {scroll['rows']:,} of {scroll['total']:,} in {len(steps)} steps, "
        f"{scroll['seconds']:.1f} s"
    )
    if steps:
        ordered = sorted(steps)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(
            f"  step median {statistics.median(steps):6.1f} ms, p95 {p95:6.1f}, "
            f"max {max(steps):6.1f}  target < {SCROLL_STEP_TARGET_MS:g}: "
            f"{verdict(max(steps) < SCROLL_STEP_TARGET_MS)}"
        )
        ok = ok and max(steps) < SCROLL_STEP_TARGET_MS
        rest = [step - query for step, query in zip(steps, scroll["queries"], strict=True)]
        print(
            f"  of which the page query: median {statistics.median(scroll['queries']):6.1f} ms, "
            f"max {max(scroll['queries']):6.1f}; the rest (Qt layout, paint): median "
            f"{statistics.median(rest):6.1f}, max {max(rest):6.1f}"
        )
    if fetches:
        print("  page query by offset (ms):", end="")
        sample = [*fetches[:: max(1, len(fetches) // 8)], fetches[-1]]
        print("  " + ", ".join(f"@{offset:,} {ms:.1f}" for offset, ms in sample))
    if scroll["rows"] < scroll["total"]:
        print("  (stopped before the end: --scroll-seconds)")

    memory = result["memory_mb"]
    print("\n(e) MEMORY of the UI process (peak RSS)")
    print(f"  before scrolling {result['memory_before_scroll_mb']:7.1f} MB")
    print(
        f"  at the end       {memory:7.1f} MB ({scroll['rows']:,} rows loaded) "
        f"target < {MEMORY_TARGET_MB:g}: {verdict(memory < MEMORY_TARGET_MB)}"
    )
    ok = ok and memory < MEMORY_TARGET_MB
    print("\n(info) refresh() of each view on this book (first page or figures, ms)")
    print(f"  {'Home':14s} {result['home_ms']:7.0f}")
    for title, ms in result["lists_ms"].items():
        print(f"  {title:14s} {ms:7.0f}")
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suppliers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="launches of each kind")
    parser.add_argument("--scroll-seconds", type=float, default=300.0)
    parser.add_argument("--keep", type=Path, help="build the database in DIR and keep it")
    parser.add_argument("--reuse", type=Path, help=f"reuse DIR/{DATABASE_NAME} (from --keep)")
    parser.add_argument(
        "--languages",
        default="en,zh_CN,es",
        help="comma-separated window languages to time start-up in (English first)",
    )
    parser.add_argument(
        "--startup-only", action="store_true", help="skip the scrolling and editing part"
    )
    parser.add_argument(
        "--program",
        type=Path,
        action="append",
        default=[],
        help="an installed program to time from outside too (.venv/bin/supplier-desk, "
        "build/dist/supplier-desk/supplier-desk); may be given more than once",
    )
    parser.add_argument("--interact", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.interact:
        print(json.dumps(interact(args.interact, args.scroll_seconds)))
        return 0
    with tempfile.TemporaryDirectory(prefix="supplier-desk-ui-bench-") as tmp:
        home = Path(tmp)
        if args.reuse:
            database = args.reuse / DATABASE_NAME
            print(f"reusing {database}")
        else:
            folder = args.keep or home
            folder.mkdir(parents=True, exist_ok=True)
            database = build(folder, args.suppliers)
        print(f"Supplier Desk UI benchmark, Python {sys.version.split()[0]}, offscreen Qt")
        ok = measure_startup(database, home, args.runs)
        if args.program:
            ok = measure_programs(args.program, database, home, args.runs) and ok
        languages = [lang for lang in args.languages.split(",") if lang]
        if languages:
            ok = measure_languages(database, home, args.runs, languages) and ok
        if not args.startup_only:
            ok = measure_interaction(database, home, args.scroll_seconds) and ok
    print(f"\nALL TARGETS {'MET' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
