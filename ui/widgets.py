"""Input widgets the forms share: searchable pick lists, a date field with a calendar,
and the red reason shown beside a field that is refused."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.errors import ServiceError
from app.rules import countries
from models.text import fold
from ui.i18n import shown
from ui.icons import icon
from ui.worker import Latest

INVALID_STYLE = "border: 1px solid #c0392b; background: #fdecea;"

_GROUPING = re.compile(r"(?<=\d)[.\s\u00a0\u202f'’](?=\d{3}(?!\d))")
"""A group separator typed between digits ('1.234', '1 234', "1'234")."""


def decimal_point() -> str:
    """The decimal separator of the locale numbers are shown in ('.', or ',' in es)."""
    return QLocale().decimalPoint()


def localized_number(text: str) -> str:
    """A locale-free number as a form shows it: '1234.50' -> '1234,50' where the decimal
    separator is a comma; no group separators, so what is shown can be typed back."""
    point = decimal_point()
    return text if point == "." else text.replace(".", point)


def locale_free_number(text: str) -> str:
    """What the user typed in a number field as the locale-free text the services parse:
    '1234,5' or '1.234,5' -> '1234.5' where the decimal separator is a comma. Text with no
    such comma (or with a '.' after it: '1,234.5' typed the English way) is left as
    typed, for the service's own reading of either decimal mark."""
    point = decimal_point()
    if point == "." or text.count(point) != 1:
        return text
    whole, _, fraction = text.partition(point)
    if "." in fraction:
        return text
    return f"{_GROUPING.sub('', whole)}.{fraction}"


FIELD_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
"""What the field shows once an item is chosen ('USD' for 'USD — US dollar')."""
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
"""The item's text folded (models.text.fold), which the completer matches against."""

POPUP_SLACK = 40
"""Pixels beside the widest item in a popup: frame, margins and a scroll bar."""


class FoldingCompleter(QCompleter):
    """Completes on the items' folded text, so 'cote' finds 'Côte d'Ivoire' as the lists'
    search would; puts the item's field text in the box."""

    def __init__(self, model: QAbstractItemModel, parent: QObject) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(FIELD_TEXT_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or "")


class SearchableCombo(QComboBox):
    """An editable pick list that finds an item by any part of its text, accents and case
    ignored ('chi' -> Chile, China; 'cote' -> Côte d'Ivoire). Its value is the item's
    code, or what was typed if it matches none (the form's validation then says why it is
    refused).

    With `code_first`, the list reads 'USD — US dollar' and the field, once an item is
    chosen, just 'USD'. The list opens wide enough to read its longest item."""

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        *,
        show_code: bool = True,
        code_first: bool = False,
    ) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_choice("", "")
        for code, name in items:
            text = shown(name)  # a vocabulary's label in the window's language
            if code_first:
                self.add_choice(f"{code} — {text}", code, field_text=code)
            else:
                self.add_choice(f"{text} ({code})" if show_code else text, code)
        self._completer = FoldingCompleter(self.model(), self)
        self.setCompleter(self._completer)
        self.currentIndexChanged.connect(self._show_field_text)
        self.activated.connect(self._show_field_text)
        self.fit_popup()

    def add_choice(self, text: str, code: str, *, field_text: str | None = None) -> None:
        """Add an item: `text` in the list, `field_text` (else `text`) in the field."""
        self.addItem(text, code)
        index = self.count() - 1
        self.setItemData(index, text if field_text is None else field_text, FIELD_TEXT_ROLE)
        self.setItemData(index, fold(text), FOLDED_ROLE)

    def fit_popup(self) -> None:
        """Open the list (and the completer's) wide enough for its longest item; call
        again after adding items."""
        metrics = self.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0)  # fmt: skip
        self.view().setMinimumWidth(widest + POPUP_SLACK)
        popup = self._completer.popup()
        if popup is not None:  # always: the completer makes its popup when asked
            popup.setMinimumWidth(widest + POPUP_SLACK)

    def _show_field_text(self, index: int) -> None:
        shown = self.itemData(index, FIELD_TEXT_ROLE) if index >= 0 else None
        if shown is not None and self.currentText() != shown:
            self.setEditText(str(shown))

    def value(self) -> str:
        text = self.currentText().strip()
        for role in (FIELD_TEXT_ROLE, Qt.ItemDataRole.DisplayRole):
            index = self.findData(text, role, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                return str(self.itemData(index))
        return text

    def set_value(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
            # drop text typed over the current item
            self.setEditText(str(self.itemData(index, FIELD_TEXT_ROLE)))
        else:
            self.setEditText(code or "")


def country_combo() -> SearchableCombo:
    return SearchableCombo(countries.all_countries())


def currency_combo() -> SearchableCombo:
    """'USD — US dollar' in the list, 'USD' in the field."""
    combo = SearchableCombo(countries.all_currencies(), code_first=True)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)
    return combo


def choice_combo(items: Sequence[tuple[str, str]], *, allow_empty: bool = True) -> SearchableCombo:
    """A pick list of a vocabulary: (value, label) pairs."""
    combo = SearchableCombo(items, show_code=False)
    if not allow_empty:
        combo.removeItem(0)
    return combo


def text_width(combo: QComboBox, text: str) -> int:
    """The width `combo` needs to show `text` whole, its frame and arrow included."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    content = QSize(metrics.horizontalAdvance(text), metrics.height())
    kind = QStyle.ContentsType.CT_ComboBox
    return combo.style().sizeFromContents(kind, option, content, combo).width()


class DateField(QWidget):
    """A date typed as text (2026-11-27, 27/11/2026, 27 nov 2026) or picked on a calendar.

    Empty means no date. The text is parsed by the form's validation, like any field; a
    date shown or picked is written yyyy-mm-dd in every language (the one form the
    validation reads the same whatever the locale's order of day and month).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        # The placeholder names the pattern shown (yyyy-mm-dd) in the language's letters.
        self.edit = QLineEdit(placeholderText=self.tr("yyyy-mm-dd"))
        self.button = QToolButton()
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def _picked(self, picked: QDate) -> None:
        self.edit.setText(picked.toString("yyyy-MM-dd"))
        menu = self.button.menu()
        if menu is not None:
            menu.close()

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")
        if value:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))


class ErrorLabel(QLabel):
    """The reason beside a refused field, in red; hidden when the field is fine."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #c0392b;")
        self.setWordWrap(True)
        self.hide()

    def show_reason(self, reason: str | None) -> None:
        """Show `reason` (a message from app/ in the window's language), or hide."""
        self.setText(shown(reason))
        self.setVisible(bool(reason))


class RecordPicker(QLineEdit):
    """Choose one record among many (100,000 suppliers) by typing part of its name.

    `search(text)` returns (id, label) pairs; the completer offers them as you type.
    `value()` is the chosen id, or None while the text matches no choice.
    """

    picked = Signal(object)

    def __init__(
        self, search: Callable[[str], list[tuple[int, str]]], placeholder: str | None = None
    ) -> None:
        super().__init__()
        self.setPlaceholderText(self.tr("Type to search…") if placeholder is None else placeholder)
        self._search = search
        self._choices: dict[str, int] = {}
        self._id: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # `search` has matched already, accent- and case-free and on more than the label
        # (a city, a tax id): the popup shows its answers as they are, unfiltered.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._choose)
        self.setCompleter(completer)
        self._searching = Latest()
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self._id = self._choices.get(text)
        if len(text.strip()) >= 2:
            # Off the UI thread (issue 18): the box stays typeable; the newest keystroke's
            # answer is the one shown, an older one arriving late is dropped.
            search = self._search
            self._searching.run(
                lambda: search(text),
                lambda found: self._found(text, found),
                self._search_failed,
            )
        else:
            self._searching.cancel()
            self._offer({})
        self.picked.emit(self._id)

    def _found(self, text: str, found: list[tuple[int, str]]) -> None:
        self._offer({label: record_id for record_id, label in found})
        if self.hasFocus() and self.text() == text and self._choices:
            self.completer().setCompletionPrefix(text)
            self.completer().complete()  # the popup shows what came, as typing showed it

    def _offer(self, choices: dict[str, int]) -> None:
        self._choices = choices
        self._model.setStringList(list(choices))

    def _search_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        self._offer({})  # nothing to offer; the next keystroke asks again

    def searching(self) -> bool:
        """The answer to the last keystroke is on its way."""
        return self._searching.pending

    def _choose(self, text: str) -> None:
        self._id = self._choices.get(text)
        if self._id is not None and self.text() != text:
            self.setText(text)  # the completer only fills a box that has the focus
        self.picked.emit(self._id)

    def value(self) -> int | None:
        return self._id if self._choices.get(self.text()) == self._id else None

    def set_record(self, record_id: int | None, label: str = "") -> None:
        self._searching.cancel()  # what is set supersedes a search on its way
        self._id = record_id
        self._offer({label: record_id} if record_id is not None else {})
        self.setText(label)
        self.setCursorPosition(0)
