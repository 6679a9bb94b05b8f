"""The main window's views: a list with search and filters beside a detail form."""
