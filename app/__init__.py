"""Supplier Desk's use cases, pure Python: imports models/, never Qt (ui/ calls this).

Arranged by concern; each package's docstring says what lives there and what it may
import, and tests/test_architecture.py holds the code to it. From the bottom up:

- errors, settings, crashlog, identity: what every package shares (the errors services
  raise, where things live on the user's machine, the crash log, the program's name,
  version and components);
- rules: parsing, validation, vocabulary and countries, with no database;
- services: the use cases that change data, each in the caller's one transaction;
- queries: reads for screens, reports and the command line;
- store: opening a database, the team server, roles, live changes, backup, copy;
- exporting: deal sheets, the pipeline report and list exports;
- importing: spreadsheets read, previewed, committed and undone;
- cli: the command line, on top of all of them.
"""
