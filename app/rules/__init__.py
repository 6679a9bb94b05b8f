"""The domain's rules, pure functions with no database: turning what people type or a
spreadsheet holds into stored values (parsing, countries, vocabulary), checking a whole
request field by field (validation), and judging values (conflicts, shipment hints).

May import: the standard library, the well-kept parsers (pycountry, phonenumbers,
email-validator), models' enums and types, and app.errors. Nothing else of app/.
"""
