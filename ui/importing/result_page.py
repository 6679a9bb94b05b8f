"""Step 4 of the import wizard: what the import did, and Undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.importing.batch import CommitResult
    from app.importing.undo import UndoResult


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def result_lines(result: CommitResult, target: str) -> list[str]:
    """What the import did, one fact a line (zero counts left out)."""
    thing = ("offer", "offers") if target == "price-list" else ("supplier", "suppliers")
    lines = [f"{plural(result.created, 'new ' + thing[0], 'new ' + thing[1])} created"]
    if result.updated:
        lines.append(f"{plural(result.updated, thing[0], thing[1])} updated")
    if result.unchanged:
        lines.append(f"{plural(result.unchanged, 'row')} with nothing new")
    duplicates_skipped = result.skipped - result.errors
    if duplicates_skipped > 0:
        lines.append(f"{plural(duplicates_skipped, 'possible duplicate')} skipped")
    if result.errors:
        lines.append(f"{plural(result.errors, 'row')} with errors not imported")
    lines.extend(result.notes)
    return lines


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
        self.undo_button = QPushButton("Undo this import…")
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

    def show_result(self, result: CommitResult, file_name: str, target: str) -> None:
        self.result = result
        self.title.setText(f"{file_name} is imported")
        self.details.setText("\n".join(f"•  {line}" for line in result_lines(result, target)))
        self.batch_label.setText(
            f"This was import number {result.batch_id}. It can be undone now, or later from "
            "File ▸ Import history (records edited since are kept)."
        )
        self.undo_button.setEnabled(True)
        self.undo_button.show()
        self.batch_label.show()
        self.undo_label.setText("")
        self.kept.hide()

    def show_undone(self, undone: UndoResult) -> None:
        self.title.setText("The import is undone")
        self.details.setText(
            "What it had done:\n" + self.details.text() if self.result is not None else ""
        )
        self.batch_label.hide()
        self.undo_button.setEnabled(False)
        self.undo_button.hide()
        text = f"Import {undone.batch_id} undone: {plural(undone.reverted, 'record')} put back."
        if undone.kept:
            text += f" {plural(len(undone.kept), 'record')} kept, changed since the import:"
            self.kept.setPlainText("\n".join(undone.kept))
            self.kept.show()
        self.undo_label.setText(text)
