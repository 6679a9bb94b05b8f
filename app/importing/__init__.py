"""Spreadsheet import: read a file, find its header, map its columns, clean every cell,
match rows to existing suppliers, preview the outcome, and commit it in one transaction
that can be undone later. Qt-free: the wizard (ui/importing) and the CLI call this.

Modules, in the order the work flows:
- source: the data types every step shares (cells, sheets) and ImportFileError;
- sniff: what a file really is, judged from its first bytes, and whether it is safe to open;
- memory_guard: refuses, before reading, a file that needs more memory than the computer
  has free (rows and text estimated from the file's first bytes);
- readers: open a file by its content (xlsx/xlsm/xls/ods via python-calamine) and read
  one sheet; csv_reader: delimited text (csv/tsv/txt) with encoding and delimiter
  detection; xlsx_scan: what calamine does not tell about an .xlsx (hidden rows and
  columns, formulas without a saved result, error cells, the 1904 flag);
- layout: header-row detection, footer/totals rows;
- fields, field_tables, mapping: the targets, their fields and the fields' names in
  en/es/pt/zh; automatic mapping with a confidence, mappings saved per header layout;
- cleaning: per-cell cleaning with the number locale and date order found per column;
  cleaning_numbers, cleaning_dates and cleaning_phones read numbers, dates and phone
  numbers for it;
- matching: duplicate matching by tax id, legal-suffix-free name and fuzzy name;
  legal_names: the legal-suffix-free name key; name_index: the word index and one-typo
  lookup that narrow the fuzzy test's candidates;
- row_cleaning: a sheet's rows read cell by cell into values with their problems;
  supplier_cleaner: a supplier row's values checked and its extras settled, before
  matching; clean_process: a big sheet's rows cleaned so in a second process while
  this one matches them;
- supplier_rows: each row of a supplier list cleaned, matched and planned; stored: the
  matched suppliers as the database holds them, and what a row would change on one;
  price_list: the second target, a price list's rows planned and committed as offer
  rounds; offer_requests: the requests an imported offer makes of the negotiation
  services, shared by price lists and supplier sheets; supplier_extras, supplier_certs,
  supplier_offers: a supplier sheet's certifications and indicative offer, settled in the
  preview and recorded by the commit; similar_suppliers: the existing suppliers a new one
  typed in a form looks like (the import's matcher, for the supplier form's warning);
- plan, preview: what a preview decided for every row, and the dry run that makes it;
  spool: the temporary SQLite file (beside the database) a text file's rows are streamed
  into; plan_store: every row's plan kept in one, so that memory does not grow with
  the rows (issue 18); problems: the rows that could not be imported, as a workbook to fix;
- batch: what an import batch is (its ImportBatch row started and finished, the
  CommitResult, the ChangeLog of import rows), shared by commit, price_list and undo;
- commit: the one-transaction commit; retry: the import run again when another import got
  to the same records first; undo: undo of a batch; batches: past imports, newest first;
- jobs: the wizard's work, run off the UI thread.

May import: models/, app.errors, app.messages, app.settings, app.rules, app.services (the
import writes through them), app.queries, app.store (sessions for the wizard's jobs, the
change notices) and app.exporting (atomic file writes and cells of the problems workbook).
"""
