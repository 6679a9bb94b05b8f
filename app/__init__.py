"""Supplier Desk use cases: services, validation, import/export, settings, command line.

Pure Python: imports models/, never Qt.
"""
