"""Data-entry forms: one per kind of record, on a shared base (forms.base)."""
