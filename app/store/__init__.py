"""Where the data lives: opening a database for the app (schema check and upgrade,
backups), connecting to a team's PostgreSQL server, who may write, hearing of other
people's changes, and copying a whole database from one server to another.

May import: models/, app.errors, app.messages (words for people), app.settings and
app.rules. Not the services, the queries, importing, exporting or the command line, which
build on this.
"""
