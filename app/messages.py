"""Words for people, written in English here and shown in the window's language.

Design note (issue 17): app/ never imports Qt, yet its messages (validation errors,
import problems, conflict descriptions, warnings, the names of stages and statuses)
reach the window in Chinese or Spanish. One way is used everywhere:

* A user-facing string is made with ``translate(context, source)``: the same name and
  argument order as ``QCoreApplication.translate``, so ``pyside6-lupdate`` extracts it
  from app/ exactly as it does from ui/ (ui/i18n_build.py runs it over both packages).
  The source is a literal (never an f-string or a concatenation: the extractor reads the
  code, not the running values).
* Values go in through ``.format(name=value)`` on the result, with ``{name}``
  placeholders in the source. lupdate cannot read keyword arguments inside the
  ``translate(...)`` call itself, hence the separate ``.format``.
* A count goes in as ``translate(context, "%n row(s)", None, count)``, Qt's plural form.
  Translations give each language its own forms; the English text here turns "(s)" into
  "s" unless the count is 1 (the only plural spelling used in sources).
* The result is a ``Message``: a ``str`` holding the English text, so the command line,
  logs, exceptions and ``==`` read exactly as before, that also remembers its context,
  source, count and arguments. ``ui.i18n.shown()`` turns it into the window's language,
  translating arguments that are Messages themselves (a field's label inside an error).
  Concatenating a Message with ``+`` or an f-string gives a plain English ``str``: build
  the whole sentence as one source with placeholders instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PLURAL = "(s)"
"""How a source spells a word's plural ending: '%n row(s)'."""


def english(source: str, n: int = -1) -> str:
    """The English text of a source: %n (or %Ln, digits grouped) replaced by the count and
    '(s)' resolved."""
    if n < 0 or ("%n" not in source and "%Ln" not in source):
        return source
    text = source.replace("%Ln", f"{n:,}").replace("%n", str(n))
    return text.replace(PLURAL, "" if n == 1 else "s")


class Unfilled(dict[str, str]):
    """Arguments for str.format_map that leave a placeholder not yet given as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Message(str):
    """An English string that remembers how to be translated (see the module note)."""

    context: str
    source: str
    disambiguation: str | None
    n: int
    args: Mapping[str, Any]

    def __new__(
        cls,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
        args: Mapping[str, Any] | None = None,
    ) -> Message:
        args = dict(args or {})
        text = english(source, n)
        if args:
            text = text.format_map(Unfilled({k: str(v) for k, v in args.items()}))
        message = super().__new__(cls, text)
        message.context = context
        message.source = source
        message.disambiguation = disambiguation
        message.n = n
        message.args = args
        return message

    def format(self, *positional: object, **args: Any) -> Message:
        """The same message with its {placeholders} filled (keyword arguments only)."""
        if positional:
            raise TypeError("Message.format takes keyword arguments only")
        return Message(
            self.context, self.source, self.disambiguation, self.n, {**self.args, **args}
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.context, self.source, self.disambiguation, self.n, dict(self.args)))


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Message:
    """A message for people, marked for translation (see the module note)."""
    return Message(context, source, disambiguation, n)


def join(separator: str, parts: list[Any]) -> Message | str:
    """Parts joined by a separator, each still translatable: a Message whose source is
    one placeholder per part (the separator itself is punctuation, not translated)."""
    if not any(isinstance(p, Message) for p in parts):
        return separator.join(str(p) for p in parts)
    names = [f"p{i}" for i in range(len(parts))]
    source = separator.join("{" + name + "}" for name in names)
    return Message("", source, None, -1, dict(zip(names, parts, strict=True)))
