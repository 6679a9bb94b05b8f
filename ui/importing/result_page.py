"""Step 4 of the import wizard: what the import did, and Undo."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.i18n import shown

if TYPE_CHECKING:
    from app.importing.batch import CommitResult
    from app.importing.undo import UndoResult


class UndoWords(QObject):
    """What an undo did, in one translation for the wizard and the import history."""

    def undone_text(self, undone: Any) -> str:
        """'Import 12 undone: 3 records put back.', then how many were kept."""
        reverted = undone.reverted
        text = self.tr("Import {number} undone: %n record(s) put back.", "", reverted).format(
            number=undone.batch_id
        )
        if undone.kept:
            kept = len(undone.kept)
            more = self.tr("%n record(s) kept, changed since the import:", "", kept)
            text = self.tr("{undone} {kept}", "two sentences").format(undone=text, kept=more)
        return text


@cache
def undo_words() -> UndoWords:
    return UndoWords()


def kept_lines(undone: Any) -> str:
    """The records an undo kept, one a line, in the window's language."""
    return "\n".join(shown(line) for line in undone.kept)


class ResultPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.details = QLabel()
        self.details.setObjectName("result-details")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("font-size: 14px;")
        self.batch_label = QLabel()
        self.batch_label.setWordWrap(True)
        self.batch_label.setStyleSheet("color: #444;")
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.setObjectName("undo-import")
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undo-result")
        self.undo_label.setWordWrap(True)
        self.kept = QPlainTextEdit()
        self.kept.setReadOnly(True)
        self.kept.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addWidget(self.batch_label)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_label)
        layout.addWidget(self.kept, 1)
        layout.addStretch(1)
        self.result: CommitResult | None = None

    def result_lines(self, result: CommitResult, target: str) -> list[str]:
        """What the import did, one fact a line (zero counts left out)."""
        offers = target == "price-list"
        n = result.created
        if offers:
            lines = [self.tr("%n new offer(s) created", "", n)]
        else:
            lines = [self.tr("%n new supplier(s) created", "", n)]
        n = result.updated
        if n and offers:
            lines.append(self.tr("%n offer(s) updated", "", n))
        elif n:
            lines.append(self.tr("%n supplier(s) updated", "", n))
        n = result.unchanged
        if n:
            lines.append(self.tr("%n row(s) with nothing new", "", n))
        n = result.skipped - result.errors
        if n > 0:
            lines.append(self.tr("%n possible duplicate(s) skipped", "", n))
        n = result.errors
        if n:
            lines.append(self.tr("%n row(s) with errors not imported", "", n))
        lines.extend(shown(note) for note in result.notes)
        return lines

    def show_result(self, result: CommitResult, file_name: str, target: str) -> None:
        self.result = result
        self.title.setText(self.tr("{file} is imported").format(file=file_name))
        self.details.setText("\n".join(f"•  {line}" for line in self.result_lines(result, target)))
        self.batch_label.setText(
            self.tr(
                "This was import number {number}. It can be undone now, or later from "
                "File ▸ Import history (records edited since are kept)."
            ).format(number=result.batch_id)
        )
        self.undo_button.setEnabled(True)
        self.undo_button.show()
        self.batch_label.show()
        self.undo_label.setText("")
        self.kept.hide()

    def show_undone(self, undone: UndoResult) -> None:
        self.title.setText(self.tr("The import is undone"))
        self.details.setText(
            self.tr("What it had done:\n{lines}").format(lines=self.details.text())
            if self.result is not None
            else ""
        )
        self.batch_label.hide()
        self.undo_button.setEnabled(False)
        self.undo_button.hide()
        if undone.kept:
            self.kept.setPlainText(kept_lines(undone))
            self.kept.show()
        self.undo_label.setText(undo_words().undone_text(undone))
