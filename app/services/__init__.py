"""The use cases. Each function takes the caller's Session and leaves the commit to it:
the caller wraps one user action in one transaction (`app.store.database.unit_of_work`)."""
