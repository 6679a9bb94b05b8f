"""Reads for screens, reports and the command line: searching suppliers, the list pages,
the Home view's figures and the pipeline totals it shares with the pipeline report, the
follow-up board, a negotiation's rounds and summary, what a supplier form shows beside
its fields, a record's history, and plain dicts of stored values. A query never writes;
it takes the caller's Session.

May import: models/, app.errors, app.messages, app.rules and app.services (their
fetch-or-fail getters and the reads they own, such as a shipment's missing documents).
Not importing, exporting, the store or the command line.
"""
