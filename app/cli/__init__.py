"""The command line: `supplier-desk COMMAND`, headless, through the same services and
queries as the window. dispatch builds the parser and runs a command; common holds what
every command uses (opening the database, printing tables and JSON, reading enum and
country options); one module per command group (records, db, export, imports, history).

May import: everything in app/ and models/. Nothing in app/ imports the command line.
"""
