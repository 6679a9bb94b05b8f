"""The use cases: create, update, archive, delete, and loading many records at once
(bulk, demo). Each function takes the caller's Session and leaves the commit to it: the
caller wraps one user action in one transaction (`Database.transaction()` in
app.store.database), so the action commits whole or not at all.

May import: models/, app.errors, app.rules and app.queries. Not the store's connection
plumbing, importing, exporting or the command line, which call the services.
"""
