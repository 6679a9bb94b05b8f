"""Exports: deal sheets (PDF, .xlsx) and lists, rendered from data built once by the services.

Nothing here is imported at start-up: reportlab and openpyxl load only when a user
exports, inside the renderer modules.
"""
