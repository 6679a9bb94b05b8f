"""Exports: deal sheets (PDF, .xlsx), the pipeline report and lists, rendered from data
built once by the services and queries; the export settings (company, logo, language).

Nothing here is imported at start-up: reportlab and openpyxl load only when a user
exports, inside the renderer modules.

May import: models/, app.errors, app.messages, app.settings, app.rules, app.services and
app.queries. Not the store, importing or the command line.
"""
