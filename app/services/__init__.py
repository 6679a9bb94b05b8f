"""The use cases: create, update, archive, delete, and loading many records at once
(bulk, demo). Each function takes the caller's Session and leaves the commit to it: the
caller wraps one user action in one transaction (`Database.transaction()` in
app.store.database), so the action commits whole or not at all.

May import: models/, app.errors and app.rules. Not the queries, the store, importing,
exporting or the command line, which all call the services.
"""
