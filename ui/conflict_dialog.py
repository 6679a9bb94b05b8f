"""When a save loses a race: what they changed, what you changed, and a choice per field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.rules.conflicts import FieldChange
from ui.i18n import shown


def _shown(value: object) -> str:
    return "—" if value in (None, "") else shown(value)


class ConflictDialog(QDialog):
    """Accepted: save `keep_yours` fields of yours on top of their row.
    `take_theirs` (a second way to accept): drop your edits and show their row."""

    def __init__(
        self, entity: str, changes: list[FieldChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        name = shown(entity)
        self.setWindowTitle(self.tr("{entity} changed while you were editing").format(entity=name))
        self.take_theirs = False
        self._choices: dict[str, QRadioButton] = {}
        intro = QLabel(
            self.tr(
                "Someone else saved this {entity} after you opened it. Your changes "
                "were not saved. For each field both of you changed, choose the value to keep; "
                "fields only one of you changed keep that change."
            ).format(entity=name.lower())
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        titles = (
            self.tr("Field"),
            self.tr("When you opened it"),
            self.tr("Theirs (saved)"),
            self.tr("Yours"),
        )
        for column, title in enumerate(titles):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        for row, change in enumerate(changes, start=1):
            grid.addWidget(QLabel(shown(change.label)), row, 0)
            grid.addWidget(QLabel(_shown(change.original)), row, 1)
            if change.clash:
                group = QButtonGroup(self)
                theirs = QRadioButton(_shown(change.theirs))
                yours = QRadioButton(_shown(change.yours))
                theirs.setChecked(True)
                group.addButton(theirs)
                group.addButton(yours)
                grid.addWidget(theirs, row, 2)
                grid.addWidget(yours, row, 3)
                self._choices[change.field] = yours
            else:
                grid.addWidget(QLabel(_shown(change.theirs)), row, 2)
                grid.addWidget(QLabel(_shown(change.yours)), row, 3)
        buttons = QDialogButtonBox()
        save = buttons.addButton(
            self.tr("Save with these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        theirs_button = buttons.addButton(
            self.tr("Discard my changes"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        save.clicked.connect(self.accept)
        theirs_button.clicked.connect(self._take_theirs)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _take_theirs(self) -> None:
        self.take_theirs = True
        self.accept()

    def choose_yours(self, field: str) -> None:
        self._choices[field].setChecked(True)

    @property
    def keep_yours(self) -> set[str]:
        return {field for field, button in self._choices.items() if button.isChecked()}
