"""The start view: cards, the most urgent first — overdue follow-ups, upcoming follow-ups, the
active clients (Enter or "Ny anteckning" starts a note at once), caseload against the 10–15 per
FTE target with the waiting list, assignments over 18 months. Empty cards collapse; with no
assignments at all the view says what to do first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.followups import fit_columns, follow_up_columns
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.style import GAP, badge, card, set_badge, set_role, set_type
from po_desktop.gui.tables import make_table, selected_record
from po_desktop.gui.views.base import HOLDS_DATA, View, data_label
from po_desktop.gui.widgets import heading, label_of
from po_desktop.i18n import local_decimal, tr
from po_desktop.services import casework as cw


def _fmt_number(value) -> str:
    return local_decimal(f"{float(value):.1f}")


#: below this width (logical pixels) the cards stack in one column (e.g. 150 % on 1366×768)
TWO_COLUMNS_MIN_WIDTH = 900
#: stacked, a table is as tall as its rows, from 2 up to 8 (then it scrolls; so does the view)
STACKED_ROWS = (2, 8)


class _CardsBody(QWidget):
    """The cards' widget in the scroll area: as tall as the area when the cards fit (the
    tables share the height), taller only when they do not (then the area scrolls down).
    QScrollArea asks ``heightForWidth`` (the wrapped labels' *preferred* height), which would
    make it scroll although everything fits; the minimum is what it needs to know."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else -1


def follow_columns() -> list[Column]:
    return follow_up_columns(with_alias=True)


class StartView(View):
    key = "start"

    def title(self) -> str:
        return tr("Start")

    def __init__(self, window):
        super().__init__(window)
        outer = QVBoxLayout(self)
        outer.setSpacing(GAP)
        outer.addWidget(heading(tr("Översikt")))

        # nothing yet: one card that says what to do first
        self.empty_card, el, _ = card(tr("Välkommen"))
        self.empty_card.setProperty("cardName", "empty")
        self.empty_text = QLabel(tr("Inga uppdrag än — Nytt uppdrag (Ctrl+N)"))
        self.empty_text.setObjectName("startEmpty")
        set_type(self.empty_text, "heading", bold=False)
        el.addWidget(self.empty_text)
        self.empty_button = QPushButton(tr("Nytt uppdrag… (Ctrl+N)"))
        self.empty_button.setObjectName("startNewAssignment")
        self.empty_button.clicked.connect(self._new_assignment)
        row = QHBoxLayout()
        row.addWidget(self.empty_button)
        row.addStretch(1)
        el.addLayout(row)
        outer.addWidget(self.empty_card)
        self.empty_card.setVisible(False)

        # the cards: two columns, or one when the view is narrow; never sideways scrolling
        self.cards_area = QScrollArea()
        self.cards_area.setObjectName("startCards")
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = _CardsBody()
        body.setObjectName("startCardsBody")
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(GAP)
        self.cards_area.setWidget(body)
        outer.addWidget(self.cards_area, 1)
        self._shown_cards: list[QWidget] = []
        self._columns = 2

        # overdue follow-ups
        self.overdue_card, lo, head = card(tr("Försenade bevakningar"))
        self.overdue_badge = badge("", "danger")
        self.overdue_badge.setObjectName("overdueCount")
        self.overdue_badge.setProperty(HOLDS_DATA, True)
        self._title_row(lo, head, self.overdue_badge)
        self.overdue_model = RecordTableModel(follow_columns(), self)
        self.overdue_table, _ = make_table(self.overdue_model)
        self.overdue_table.setObjectName("overdueTable")
        self.overdue_table.setAccessibleName(tr("Försenade bevakningar"))
        lo.addWidget(self.overdue_table)

        # upcoming follow-ups
        self.upcoming_card, lu, head = card(tr("Kommande bevakningar (14 dagar)"))
        self.upcoming_model = RecordTableModel(follow_columns(), self)
        self.upcoming_table, _ = make_table(self.upcoming_model)
        self.upcoming_table.setObjectName("upcomingTable")
        self.upcoming_table.setAccessibleName(tr("Kommande bevakningar (14 dagar)"))
        lu.addWidget(self.upcoming_table)

        # the active clients: a note after a visit in one gesture
        self.clients_card, lc, head = card(tr("Aktiva klienter"))
        self.clients_model = RecordTableModel(
            [
                Column(tr("Alias"), lambda a: a.alias),
                Column(tr("Fas"), lambda a: label_of("phase", a.phase)),
                Column(tr("Start"), lambda a: a.start_date),
            ],
            self,
        )
        self.clients_table, _ = make_table(self.clients_model)
        self.clients_table.setObjectName("clientsTable")
        self.clients_table.setAccessibleName(tr("Aktiva klienter"))
        self.clients_table.setToolTip(tr("Enter eller dubbelklick: ny anteckning för klienten"))
        lc.addWidget(self.clients_table, 1)
        crow = QHBoxLayout()
        self.note_button = QPushButton(tr("Ny anteckning (Enter)"))
        self.note_button.setObjectName("startNewNote")
        self.note_button.clicked.connect(self._new_note)
        self.switch_hint = QLabel(tr("eller Ctrl+K och en del av aliaset"))
        set_role(self.switch_hint, "hint")
        crow.addWidget(self.note_button)
        crow.addWidget(self.switch_hint)
        crow.addStretch(1)
        lc.addLayout(crow)

        # caseload and the waiting list
        self.load_card, bl, _ = card(tr("Uppdrag och kö"))
        self.caseload = data_label()
        self.caseload.setObjectName("caseload")
        self.caseload_badge = badge("", "neutral")
        self.caseload_badge.setObjectName("caseloadBadge")
        self.caseload_badge.setProperty(HOLDS_DATA, True)
        brow = QHBoxLayout()
        brow.addWidget(self.caseload_badge)
        brow.addStretch(1)
        bl.addLayout(brow)
        bl.addWidget(self.caseload)
        self.waiting = data_label()
        self.waiting.setObjectName("waitingCount")
        bl.addWidget(self.waiting)
        self.purge_info = data_label()
        self.purge_info.setObjectName("pendingPurge")
        bl.addWidget(self.purge_info)
        buttons = QHBoxLayout()
        self.caseload_button = QPushButton(tr("Visa uppdragen"))
        self.caseload_button.clicked.connect(lambda: self.main.open_place("assignments"))
        self.waiting_button = QPushButton(tr("Visa kön"))
        self.waiting_button.clicked.connect(lambda: self.main.open_place("inquiries"))
        buttons.addWidget(self.caseload_button)
        buttons.addWidget(self.waiting_button)
        buttons.addStretch(1)
        bl.addLayout(buttons)
        bl.addStretch(1)

        # over 18 months (collapses when empty)
        self.old_card, l18, _ = card(tr("Uppdrag äldre än 18 månader"))
        self.old_model = RecordTableModel(
            [
                Column(tr("Alias"), lambda a: a.alias),
                Column(tr("Start"), lambda a: a.start_date),
                Column(tr("Fas"), lambda a: label_of("phase", a.phase)),
            ],
            self,
        )
        self.old_table, _ = make_table(self.old_model)
        self.old_table.setObjectName("over18Table")
        self.old_table.setAccessibleName(tr("Uppdrag äldre än 18 månader"))
        l18.addWidget(self.old_table)

        self.cards = [
            self.overdue_card,
            self.upcoming_card,
            self.clients_card,
            self.load_card,
            self.old_card,
        ]
        from po_desktop.gui.views.team import CoverCard

        self.cover_card = CoverCard(self)  # "Bevakningar under frånvaro" (team, issue 22)
        self.cards.append(self.cover_card)
        self._place_cards(self.cards)

        self.old_table.activated.connect(lambda _i: self._open_assignment(self.old_table))
        self.old_table.doubleClicked.connect(lambda _i: self._open_assignment(self.old_table))
        self.clients_table.activated.connect(lambda _i: self._new_note())
        self.clients_table.doubleClicked.connect(lambda _i: self._new_note())
        for table in (self.overdue_table, self.upcoming_table):
            table.activated.connect(lambda _i, t=table: self._open_follow_up(t))
            table.doubleClicked.connect(lambda _i, t=table: self._open_follow_up(t))

    @staticmethod
    def _title_row(layout, head: QLabel, extra: QWidget) -> None:
        layout.removeWidget(head)
        row = QHBoxLayout()
        row.addWidget(head)
        row.addWidget(extra)
        row.addStretch(1)
        layout.insertLayout(0, row)

    # --- the cards' layout: reflows with the width -----------------------------------------

    def columns_for(self, width: int) -> int:
        return 2 if width >= TWO_COLUMNS_MIN_WIDTH else 1

    def _place_cards(self, visible: Sequence[QWidget]) -> None:
        """Visible cards in urgency order, two per row left to right — or, when the view is
        narrow (large text, a small screen), one per row, and the view scrolls down."""
        self._shown_cards = list(visible)
        cols = self._columns = self.columns_for(self.width())
        for c in self.cards:
            self.grid.removeWidget(c)
            c.setVisible(False)
        for i, widget in enumerate(visible):
            self.grid.addWidget(widget, i // cols, i % cols)
            widget.setVisible(True)
        for column in (0, 1):
            self.grid.setColumnStretch(column, 1 if column < cols else 0)
        for table in (self.overdue_table, self.upcoming_table, self.clients_table, self.old_table):
            self._fit_height(table, stacked=cols == 1)
        rows = (len(visible) + cols - 1) // cols
        with_tables = {i // cols for i, c in enumerate(visible) if c is not self.load_card}
        for r in range(len(self.cards) + 1):
            # rows with a table share the height; a lone summary card stays its own size
            self.grid.setRowStretch(r, 1 if r in with_tables else 0)
        self.grid.setRowStretch(rows, 0 if with_tables else 1)

    @staticmethod
    def _fit_height(table, *, stacked: bool) -> None:
        if not stacked:
            table.setMinimumHeight(0)
            table.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX: the grid shares the height
            return
        low, high = STACKED_ROWS
        rows = min(max(table.model().rowCount(), low), high)
        row_h = table.verticalHeader().defaultSectionSize()
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row_h + frame)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.columns_for(self.width()) != self._columns:
            self._place_cards(self._shown_cards)

    def refresh(self) -> None:
        sv = cw.start_view(self.vault)
        c = sv.caseload
        if c.status == "no_fte":
            text = tr("{n} pågående uppdrag (inga årsarbeten angivna).").format(n=c.active)
        else:
            status = {
                "below": tr("under målet"),
                "within": tr("inom målet"),
                "above": tr("över målet"),
            }.get(c.status, c.status)
            text = tr(
                "{n} pågående uppdrag på {fte} årsarbeten: {per} per årsarbete ({status}; "
                "målet är 10–15 samtidiga klienter per årsarbete, alltså {lo}–{hi} uppdrag)."
            ).format(
                n=c.active,
                fte=local_decimal(str(c.fte)),
                per=_fmt_number(c.per_fte) if c.per_fte is not None else "–",
                status=status,
                lo=_fmt_number(c.target_min).replace(",0", ""),
                hi=_fmt_number(c.target_max).replace(",0", ""),
            )
            set_badge(
                self.caseload_badge,
                status,
                {"within": "ok", "above": "danger"}.get(c.status, "late"),
            )
        self.caseload_badge.setVisible(c.status != "no_fte")
        self.caseload.setText(text)
        self.waiting.setText(tr("{n} väntar i kön.").format(n=sv.waiting_count))
        if sv.pending_purge:
            first = sv.pending_purge[0]
            self.purge_info.setText(
                tr("{n} avslutade uppdrag väntar på gallring; nästa {date}.").format(
                    n=len(sv.pending_purge), date=first.purge_on.isoformat()
                )
            )
        else:
            self.purge_info.clear()
        active = cw.list_assignments(self.vault)
        self.clients_model.set_rows(active)
        self.old_model.set_rows(sv.over_18_months)
        self.overdue_model.set_rows(sv.overdue)
        set_badge(self.overdue_badge, str(len(sv.overdue)), "danger")
        self.upcoming_model.set_rows(sv.upcoming)
        for t in (self.old_table, self.clients_table):
            t.resizeColumnsToContents()
        for t in (self.overdue_table, self.upcoming_table):
            fit_columns(t)
        nothing = not active and not sv.overdue and not sv.upcoming
        self.empty_card.setVisible(nothing)
        visible = [self.overdue_card] if sv.overdue else []
        if sv.upcoming:
            visible.append(self.upcoming_card)
        if self.cover_card.refresh():
            visible.append(self.cover_card)
        if active:
            visible.append(self.clients_card)
        visible.append(self.load_card)
        if sv.over_18_months:
            visible.append(self.old_card)
        self._place_cards(visible)
        if not self.isVisible():
            return
        if nothing:
            self.empty_button.setFocus()
        elif active:
            self.clients_table.setFocus()
            if not self.clients_table.selectionModel().hasSelection():
                self.clients_table.selectRow(0)

    # --- the highlighted client (Ctrl+B and the like act on it) ------------------------------

    def highlighted_client(self) -> str | None:
        """The client of the row highlighted in the table that has the focus, else the one
        highlighted in "Aktiva klienter"."""
        tables = (self.clients_table, self.overdue_table, self.upcoming_table, self.old_table)
        focused = [t for t in tables if t.hasFocus() and t.isVisible()]
        for table in (*focused, self.clients_table):
            rec = selected_record(table)
            if rec is not None:
                return rec.alias
        return None

    def clear(self) -> None:
        super().clear()
        self.overdue_badge.clear()
        self.caseload_badge.clear()

    def _new_assignment(self) -> None:
        view = self.main.view("assignments")
        view.new_assignment()

    def _new_note(self) -> None:
        rec = selected_record(self.clients_table)
        if rec is not None:
            self.main.view("assignments").new_note_for(rec.alias)

    def _open_assignment(self, table) -> None:
        rec = selected_record(table)
        if rec is not None:
            self.main.open_place("assignments", rec.alias)

    def _open_follow_up(self, table) -> None:
        rec = selected_record(table)
        if rec is not None:
            self.main.open_place("assignments", (rec.alias, "follow_ups"))


__all__ = ["StartView", "follow_columns"]
