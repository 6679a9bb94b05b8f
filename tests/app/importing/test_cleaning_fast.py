"""The cell cleaners' fast paths give the answers of the readers they skip (phone numbers:
test_cleaning_phones)."""

from __future__ import annotations

import random

from app.importing.cleaning import CellError, CleanOptions, ColumnCleaner, read_url


def answer(read: object, raw: str) -> object:
    try:
        return read(raw)  # type: ignore[operator]
    except CellError as exc:
        return ("refused", str(exc))


def test_url_fast_path_agrees_with_parse_url() -> None:
    rng = random.Random(3)
    schemes = ["https://", "http://", "HTTPS://", "Http://", "ftp://", "https:/", "https//", ""]
    hosts = ["www.prov0.example.com", "prov.mx", "localhost", ".x.com", "x.com.", "a..b", ""]
    hosts += ["frutas.com.br", "andina.cl:8080", "user@host.cl", "ñandú.com.ar", "x"]
    paths = ["", "/", "/a/b?c=1", "/ruta con espacio", "#top", "/.", "?q=a.b"]
    odd = ["", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "\ufeff", "\x00"]
    column = ColumnCleaner("url", [], CleanOptions())
    compared = fast = 0
    for _ in range(5000):
        raw = (
            rng.choice(odd[:2] * 6 + odd)
            + rng.choice(schemes[:2] * 4 + schemes)
            + rng.choice(hosts[:2] * 6 + hosts)
            + rng.choice(paths)
            + rng.choice(odd[:1] * 6 + odd)
        )
        expected = answer(read_url, raw)
        assert answer(column.clean, raw) == expected, repr(raw)
        compared += 1
        fast += isinstance(expected, str) and raw.startswith(("http://", "https://"))
    assert fast > compared // 10
