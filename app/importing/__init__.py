"""Spreadsheet import: read a file, find its header, map its columns, clean every cell,
match rows to existing suppliers, preview the outcome, and commit it in one transaction
that can be undone later. Qt-free: the wizard (ui/importing) and the CLI call this.

Modules, in the order the work flows:
- source: the data types every step shares (cells, sheets) and ImportFileError;
- readers: open a file by its content (xlsx/xlsm/xls/ods via python-calamine, csv/tsv/txt
  with encoding and delimiter detection) and read one sheet;
- layout: header-row detection, footer/totals rows;
- fields, mapping: the target fields and their names in en/es/pt/zh, automatic mapping
  with a confidence, mappings saved per header layout;
- cleaning: per-cell cleaning with the number locale and date order found per column;
- matching: duplicate matching by tax id, legal-suffix-free name and fuzzy name;
- preview, commit, undo: the dry run, the one-transaction commit, and undo of a batch.
"""
