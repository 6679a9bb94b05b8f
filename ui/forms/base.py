"""The shared behaviour of every form: fields bound to a service's FormSpec, the reason
beside a refused field as the user types, unsaved-change tracking, and saving through
the service with optimistic locking (a lost race opens the conflict dialog)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import ConflictError, FieldError, ServiceError, ValidationError
from app.messages import Message, translate
from app.queries.batched import Together
from app.rules.conflicts import compare, merged
from app.rules.validation import Field, FormSpec
from app.store.database import Database
from ui.background_wait import wait_off_ui_thread
from ui.conflict_dialog import ConflictDialog
from ui.errors import show_error
from ui.forms.saved_reads import SavedRead, SavedReadOffer, read_saved, show_saved
from ui.i18n import shown
from ui.widgets import (
    INVALID_STYLE,
    DateField,
    ErrorLabel,
    SearchableCombo,
    locale_free_number,
    localized_number,
)
from ui.worker import Latest

FieldWidget = QLineEdit | QPlainTextEdit | SearchableCombo | QComboBox | DateField | QCheckBox


@dataclass(frozen=True)
class EntityWords:
    """What a form says about the kind of record it edits, whole sentences per kind (a
    word put into a sentence would not agree with it in Spanish: "Nueva negociación")."""

    name: Message
    new: Message
    none_selected: Message
    not_saved: Message
    unsaved: Message
    """The unsaved-changes prompt's text (ui.views.base asks it)."""


ENTITY_WORDS: dict[str, EntityWords] = {
    "Supplier": EntityWords(
        translate("RecordForm", "Supplier"),
        translate("RecordForm", "New supplier"),
        translate("RecordForm", "No supplier selected"),
        translate("RecordForm", "Supplier not saved"),
        translate("RecordForm", "This supplier has changes that are not saved."),
    ),
    "Contact": EntityWords(
        translate("RecordForm", "Contact"),
        translate("RecordForm", "New contact"),
        translate("RecordForm", "No contact selected"),
        translate("RecordForm", "Contact not saved"),
        translate("RecordForm", "This contact has changes that are not saved."),
    ),
    "Negotiation": EntityWords(
        translate("RecordForm", "Negotiation"),
        translate("RecordForm", "New negotiation"),
        translate("RecordForm", "No negotiation selected"),
        translate("RecordForm", "Negotiation not saved"),
        translate("RecordForm", "This negotiation has changes that are not saved."),
    ),
    "Shipment": EntityWords(
        translate("RecordForm", "Shipment"),
        translate("RecordForm", "New shipment"),
        translate("RecordForm", "No shipment selected"),
        translate("RecordForm", "Shipment not saved"),
        translate("RecordForm", "This shipment has changes that are not saved."),
    ),
    "Offer": EntityWords(
        translate("RecordForm", "Offer"),
        translate("RecordForm", "New offer"),
        translate("RecordForm", "No offer selected"),
        translate("RecordForm", "Offer not saved"),
        translate("RecordForm", "This offer has changes that are not saved."),
    ),
}
"""Keyed by RecordForm.entity (the English name code and settings use)."""


def entity_words(entity: str) -> EntityWords:
    """The words of a kind of record; a kind not in ENTITY_WORDS gets general ones."""
    found = ENTITY_WORDS.get(entity)
    if found is not None:
        return found
    return EntityWords(
        translate("RecordForm", "Record"),
        translate("RecordForm", "New record"),
        translate("RecordForm", "No record selected"),
        translate("RecordForm", "Record not saved"),
        translate("RecordForm", "This record has changes that are not saved."),
    )


def is_numeric(field: Field | None) -> bool:
    """A field holding a number (its limit counts digits or a range): shown with the
    locale's decimal separator, read back locale-free."""
    limit = field.limit if field is not None else None
    return limit is not None and (limit.whole_digits is not None or limit.low is not None)


def required_label(text: str) -> str:
    """A field's label in a form, marked when the field must be filled."""
    return f"{text} *"


def to_text(value: Any) -> str:
    """A stored value as the locale-free text the service parses back (a Binding shows a
    number with the locale's decimal separator)."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        if "." in text and len(text.split(".")[1]) < 2:
            text = f"{value:.2f}"
        return text
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class Binding:
    name: str
    widget: FieldWidget
    error: ErrorLabel
    numeric: bool = False
    """A number: shown with the locale's decimal separator, text() locale-free."""

    def text(self) -> str:
        """The field's value as the service parses it (a number locale-free)."""
        w = self.widget
        if isinstance(w, QCheckBox):
            return "yes" if w.isChecked() else "no"
        if isinstance(w, SearchableCombo):
            return w.value()
        if isinstance(w, QComboBox):
            return str(w.currentData() or "")
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return locale_free_number(w.text()) if self.numeric else w.text()

    def set_text(self, text: str) -> None:
        """Show a locale-free value (to_text's): a number in the locale's digits."""
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(text == "yes")
        elif isinstance(w, SearchableCombo):
            w.set_value(text)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(text)))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(text)
        elif isinstance(w, DateField):
            w.edit.setText(text)
        else:
            w.setText(localized_number(text) if self.numeric else text)
            w.setCursorPosition(0)

    def mark(self, reason: str | None) -> None:
        """Mark the field refused for `reason` (a message from app/), or fine (None)."""
        target = self.widget.edit if isinstance(self.widget, DateField) else self.widget
        target.setStyleSheet(INVALID_STYLE if reason else "")
        target.setToolTip(shown(reason))
        self.error.show_reason(reason)


class RecordForm(QWidget):
    """Subclasses add their fields in __init__ and implement create/update/fetch."""

    entity = "Record"
    saved = Signal(int)
    dirty_changed = Signal(bool)
    shown_record = Signal()
    """A record read off the UI thread (reload) is on screen."""
    unreadable = Signal(int)
    saving_changed = Signal(bool)
    """A save went on its way (True) or came back (False)."""
    """Record `id` could not be read (deleted by someone else meanwhile): said already."""

    def __init__(self, database: Database, spec: FormSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.spec = spec
        self.bindings: dict[str, Binding] = {}
        self.record_id: int | None = None
        self.version: int | None = None
        self.archived = False
        """The record shown is archived (its title says so)."""
        self._original: dict[str, str] = {}
        self._loading = False
        self._was_dirty = False
        self._reading = Latest()
        """The record being read off the UI thread (reload): the newest read wins."""
        self._frozen = False
        """The fields are off while another record is read into them."""
        self._saving = False
        self._last_save = True
        """Whether the last save went through."""
        self._own_read: Callable[[Session, int], Together] | None = None
        """The record's own read given to the save under way (saved_record_read)."""
        self.saved_read_offers: list[SavedReadOffer] = []
        """What the parts of the window showing this form's record read with its save
        (the list beside it, its history): called on the UI thread as a save starts."""
        self.outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.outer.addWidget(self.title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)

    # --- building ----------------------------------------------------------------------

    def bind_field(self, name: str, widget: FieldWidget) -> ErrorLabel:
        """Bind a field laid out by the caller (several fields in one row); returns its
        error label for the caller to place."""
        error = ErrorLabel()
        binding = Binding(name, widget, error, numeric=is_numeric(self.spec.fields.get(name)))
        self.bindings[name] = binding
        self._watch(binding)
        return error

    def bind(self, name: str, widget: FieldWidget, form: QFormLayout | None = None) -> FieldWidget:
        """Add a field of the spec with `widget`, its label and its error line."""
        error = self.bind_field(name, widget)
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        layout = form or self.form
        field = self.spec.fields[name]
        text = shown(field.label)
        layout.addRow(required_label(text) if field.required else text, container)
        return widget

    def line(self, name: str, placeholder: str = "", form: QFormLayout | None = None) -> QLineEdit:
        widget = QLineEdit(placeholderText=placeholder)
        self.bind(name, widget, form)
        return widget

    def text_area(self, name: str, form: QFormLayout | None = None) -> QPlainTextEdit:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(70)
        self.bind(name, widget, form)
        return widget

    def date(self, name: str, form: QFormLayout | None = None) -> DateField:
        widget = DateField()
        self.bind(name, widget, form)
        return widget

    def _watch(self, binding: Binding) -> None:
        w = binding.widget
        if isinstance(w, QCheckBox):
            w.toggled.connect(lambda _checked: self._edited(binding.name))
        elif isinstance(w, QComboBox):
            w.currentTextChanged.connect(lambda _text: self._edited(binding.name))
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(lambda: self._edited(binding.name))
        elif isinstance(w, DateField):
            w.changed.connect(lambda: self._edited(binding.name))
        else:
            w.textChanged.connect(lambda _text: self._edited(binding.name))

    # --- state -------------------------------------------------------------------------

    def raw_values(self) -> dict[str, str]:
        return {name: b.text() for name, b in self.bindings.items()}

    def load(self, record_id: int | None, version: int | None, values: Mapping[str, Any]) -> None:
        """Show a record (or, with record_id None, an empty form with `values` as defaults).

        Another record (or a new one) starts at the top of the form, not where the last
        one was scrolled to; the same record reloaded after a save stays where it was."""
        other = record_id is None or record_id != self._values_of
        self._reading.cancel()  # what is shown now supersedes a read still on its way
        self._thaw()
        self._values_of = record_id
        self._loading = True
        try:
            self.archived = bool(values.get("archived") or values.get("archived_at"))
            self.record_id = record_id
            self.version = version
            for name, binding in self.bindings.items():
                binding.set_text(to_text(values.get(name)))
                binding.mark(None)
            # A new record's defaults count as unsaved only once the user types.
            self._original = self.raw_values()
        finally:
            self._loading = False
        self.title.setText(self.heading())
        self._emit_dirty()
        if other:
            self.scroll_to_top()

    @property
    def words(self) -> EntityWords:
        """What the form says about its kind of record, in the window's language."""
        return entity_words(self.entity)

    def heading(self) -> str:
        """The form's title: the record's name, with "(archived)" when it is; "New …" for
        a record being typed; "No … selected" while the form is greyed out."""
        if self._saving:
            return self.tr("Saving…")
        if self._reading.pending:
            return self.tr("Loading…")
        if self.record_id is None:
            if not self.isEnabled():
                return shown(self.words.none_selected)
            return shown(self.words.new)
        return self.titled(shown(self.words.name))

    def titled(self, name: str) -> str:
        """`name` as the title of the record shown, marked when it is archived."""
        return self.tr("{name} (archived)").format(name=name) if self.archived else name

    def record_name(self) -> str:
        """What the record is called (its Name field, if it has one)."""
        binding = self.bindings.get("name")
        return binding.text().strip() if binding is not None else ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Greyed out with no record: the title says nothing is selected."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self.title.setText(self.heading())

    def scroll_to_top(self) -> None:
        """Scroll the area holding the form (if any) back to its top."""
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.verticalScrollBar().setValue(0)
                parent.horizontalScrollBar().setValue(0)
            parent = parent.parentWidget()

    def show_first_tab(self) -> None:
        """Every tab widget of the form back on its first tab (a record opened from
        elsewhere starts on its details, not on the tab the last record was left at)."""
        for tabs in self.findChildren(QTabWidget):
            tabs.setCurrentIndex(0)

    def is_dirty(self) -> bool:
        return self.raw_values() != self._original

    def changed_values(self) -> dict[str, str]:
        now = self.raw_values()
        return {name: text for name, text in now.items() if text != self._original.get(name)}

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.check(name)
        self._emit_dirty()

    def _emit_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # --- validation --------------------------------------------------------------------

    def context(self) -> dict[str, Any]:
        """Parsed values of the other fields (a phone is read in the country typed)."""
        ctx: dict[str, Any] = dict(self.extra_context())
        for name, field in self.spec.fields.items():
            text = self.bindings[name].text() if name in self.bindings else ""
            if not text.strip():
                continue
            with contextlib.suppress(ValueError):  # a refused value gives no context
                ctx[name] = field.parse(text, ctx)
        return ctx

    def extra_context(self) -> Mapping[str, Any]:
        """Values the form does not show but the spec needs (the supplier's country)."""
        return {}

    def check(self, name: str) -> str | None:
        """The reason the field's text is refused (a message from app/), or None."""
        binding = self.bindings[name]
        reason = self.spec.check_field(name, binding.text(), self.context())
        binding.mark(reason)
        return reason

    def check_all(self) -> list[str]:
        """'Label: reason' of every refused field, in the window's language."""
        reasons = []
        for name in self.bindings:
            reason = self.check(name)
            if reason:
                reasons.append(shown(FieldError(name, self.spec.label(name), reason).text))
        return reasons

    def show_validation(self, error: ValidationError) -> None:
        for item in error.errors:
            if item.field in self.bindings:
                self.bindings[item.field].mark(item.message)
        show_error(self, error, shown(self.words.not_saved))

    # --- saving ------------------------------------------------------------------------

    def create_record(self, session: Session, values: dict[str, str]) -> tuple[int, int]:
        """Create the record; return (id, version)."""
        raise NotImplementedError

    def update_record(
        self, session: Session, record_id: int, values: dict[str, str], expected_version: int
    ) -> int:
        """Apply `values`; return the new version."""
        raise NotImplementedError

    def fetch(self, session: Session, record_id: int) -> tuple[int, dict[str, Any]]:
        """The record as stored now: (version, {field: value})."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the record as stored now, read off the UI thread: the title says
        "Loading…" meanwhile, and the fields are off while they still show another
        record (what they show of the same record stays, as typed, until it comes)."""
        if self.record_id is None:
            self._reading.cancel()
            return
        record_id, database, fetch = self.record_id, self.database, self.fetch

        def read() -> tuple[int, dict[str, Any]]:  # a read session: no BEGIN, no COMMIT
            with database.read() as session:
                return fetch(session, record_id)

        another = record_id != self._shown_id()
        as_typed = self.raw_values()
        self._reading.run(
            read,
            lambda found: self._came(record_id, found, as_typed),
            lambda exc: self._read_failed(record_id, exc),
        )
        if another and self.isEnabled():
            self._frozen = True
            self.setEnabled(False)
        self.title.setText(self.heading())

    def discard(self) -> None:
        """Drop what was typed: the fields show the record as it was last read, at once
        (the form is being left: reading it again would only be thrown away)."""
        self._loading = True
        try:
            for name, binding in self.bindings.items():
                if name in self._original:
                    binding.set_text(self._original[name])
                binding.mark(None)
        finally:
            self._loading = False
        self._emit_dirty()

    def _shown_id(self) -> int | None:
        """The record whose values the fields show now."""
        return self._values_of

    _values_of: int | None = None

    def reading(self) -> bool:
        """A record is being read into the form."""
        return self._reading.pending

    def _thaw(self) -> None:
        if self._frozen:
            self._frozen = False
            self.setEnabled(True)

    def _came(
        self, record_id: int, found: tuple[int, dict[str, Any]], as_typed: dict[str, str]
    ) -> None:
        self._thaw()
        if record_id != self.record_id:
            self.title.setText(self.heading())
            return  # another record (or a new one) was chosen meanwhile
        version, values = found
        if record_id == self._values_of and self.raw_values() != as_typed:
            # Typed into since the read began (after a save): the typing stays; the new
            # version is taken only if nobody else changed what the form last showed.
            theirs = {name: to_text(values.get(name)) for name in self.bindings}
            if theirs == self._original:
                self.version = version
            self.title.setText(self.heading())
            return
        self.load(record_id, version, values)
        self.shown_record.emit()

    def _read_failed(self, record_id: int, exc: BaseException) -> None:
        self._thaw()
        self.title.setText(self.heading())
        if record_id != self.record_id:
            return
        if not isinstance(exc, ServiceError):
            raise exc
        show_error(self, exc)
        self.unreadable.emit(record_id)

    def saving(self) -> bool:
        """A save is on its way to the database."""
        return self._saving

    def save(self) -> bool:
        """Save what the user typed. False (and nothing written) if it was refused.

        The write runs off the UI thread (issue 18): meanwhile the title says "Saving…",
        the view's Save button is off and the window keeps painting (a local event loop
        waits for the answer, so callers still get whether it went through). What is
        typed stays as typed, whatever the answer; typing on meanwhile stays unsaved.
        A save asked for while one is on its way waits for that one and answers for it."""
        if self._saving:
            return self.wait_for_save()
        reasons = self.check_all()
        if reasons:
            QMessageBox.warning(
                self,
                shown(self.words.not_saved),
                self.tr("Please correct:\n\n{reasons}").format(
                    reasons="\n".join(f"• {r}" for r in reasons)
                ),
            )
            return False
        self.prepare_write()
        self._set_saving(True)
        try:
            self._last_save = self._write()
        finally:
            self._set_saving(False)
        return self._last_save

    def wait_for_save(self) -> bool:
        """Wait (the window painting) for a save on its way; whether the last save went
        through (True when none was made)."""
        while self._saving:
            loop = QEventLoop()
            self.saving_changed.connect(loop.quit)
            try:
                if self._saving:
                    loop.exec()
            finally:
                self.saving_changed.disconnect(loop.quit)
        return self._last_save

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.title.setText(self.heading())
        self.saving_changed.emit(saving)

    def off_ui_thread(self, fn: Callable[[], Any]) -> Any:
        """`fn()` run off the UI thread, its answer (or error) waited for with a local
        event loop: the window keeps painting and taking input meanwhile."""
        return wait_off_ui_thread(fn)

    def prepare_write(self) -> None:
        """On the UI thread, before the write: note what create_record/update_record
        need from widgets that are not bindings (they run off the UI thread)."""

    def after_write(self) -> None:
        """On the UI thread, once a write went through (before `saved` is emitted)."""

    def _write(self) -> bool:
        database, record_id, version = self.database, self.record_id, self.version
        as_typed = self.raw_values()
        create, update = self.create_record, self.update_record
        reads = self._saved_reads(as_typed)
        if record_id is None:
            values = {k: v for k, v in as_typed.items() if v.strip()}

            def write() -> tuple[int, int, list[Any]]:
                with database.transaction() as session:
                    new_id, new_version = create(session, values)
                    return new_id, new_version, read_saved(session, new_id, reads)

        else:
            assert version is not None
            changed = self.changed_values()

            def write() -> tuple[int, int, list[Any]]:
                assert record_id is not None
                assert version is not None
                with database.transaction() as session:
                    new_version = update(session, record_id, changed, version)
                    return record_id, new_version, read_saved(session, record_id, reads)

        try:
            self.record_id, self.version, answers = self.off_ui_thread(write)
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        except ConflictError:
            return self._resolve_conflict()
        except ServiceError as exc:
            show_error(self, exc, shown(self.words.not_saved))
            return False
        return self._written(as_typed, reads, answers)

    def _saved_reads(self, as_typed: dict[str, str]) -> list[SavedRead]:
        """What the save reads with it (ui.forms.saved_reads): the record as stored, if
        the form can read it so (saved_record_read), and what the parts that show the
        saved record offer (`saved_read_offers`: its history, the list)."""
        reads = []
        own = self._own_read = self.saved_record_read()
        if own is not None:

            def show(record_id: int, answer: Any) -> None:
                if isinstance(answer, BaseException):
                    self.reload()
                else:
                    self._came(record_id, answer, as_typed)

            reads.append(SavedRead(own, show))
        for offer in self.saved_read_offers:
            read = offer()
            if read is not None:
                reads.append(read)
        return reads

    def saved_record_read(self) -> Callable[[Session, int], Together] | None:
        """The record as stored, read as `fetch` reads it, by a read that can go out with
        the save's COMMIT (answering (version, values)); None: read again after the save."""
        return None

    def _written(
        self, as_typed: dict[str, str], reads: list[SavedRead], answers: list[Any]
    ) -> bool:
        self._stored_as_typed(as_typed)
        self.after_write()
        assert self.record_id is not None
        if not any(read.read is self._own_read for read in reads):
            self.reload()  # the record did not come with the save
        show_saved(self.record_id, reads, answers)
        self.saved.emit(self.record_id)
        return True

    def _stored_as_typed(self, as_typed: dict[str, str] | None = None) -> None:
        """What is typed is saved: nothing is unsaved while the record is read again
        (the service's tidied values, '+56965432109' for '9 6543 2109', come with it).
        `as_typed`: what the save wrote (typing on since it began stays unsaved)."""
        self._original = self.raw_values() if as_typed is None else as_typed
        self._values_of = self.record_id
        self._emit_dirty()

    def _resolve_conflict(self) -> bool:
        record_id, database, fetch, update = (
            self.record_id,
            self.database,
            self.fetch,
            self.update_record,
        )
        assert record_id is not None

        def read() -> tuple[int, dict[str, Any]]:
            with database.read() as session:
                return fetch(session, record_id)

        try:
            version, stored = self.off_ui_thread(read)
        except ServiceError as exc:
            show_error(self, exc, shown(self.words.not_saved))
            return False
        theirs = {name: to_text(stored.get(name)) for name in self.bindings}
        as_typed = self.raw_values()
        changes = compare(self.spec, self._original, theirs, as_typed)
        dialog = ConflictDialog(self.entity, changes, self)
        if not self.ask(dialog):
            return False
        if dialog.take_theirs:
            self.load(record_id, version, stored)
            return False
        values = merged(changes, dialog.keep_yours)
        self.prepare_write()
        reads = self._saved_reads(as_typed)

        def write() -> tuple[int, list[Any]]:
            with database.transaction() as session:
                new_version = update(session, record_id, values, version)
                return new_version, read_saved(session, record_id, reads)

        try:
            self.version, answers = self.off_ui_thread(write)
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        except ConflictError:
            return self._resolve_conflict()  # yet another save came in meanwhile
        except ServiceError as exc:
            show_error(self, exc, shown(self.words.not_saved))
            return False
        return self._written(as_typed, reads, answers)

    def ask(self, dialog: ConflictDialog) -> bool:
        """Run the conflict dialog (tests replace this to answer it)."""
        return bool(dialog.exec())
