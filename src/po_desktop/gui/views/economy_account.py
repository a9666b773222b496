"""The Ekonomi view's "Utfall och redovisning" tab: the grant decided, the posts with the FTE in
place month by month, the actual cost per budget line (typed or imported), and the results at
once while typing — the grant used, the unspent grant to report back, the settlement per
municipality — then Spara, the printed "Redovisning av statsbidrag" and its CSV."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.followups import fit_columns
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.tables import make_table
from po_desktop.gui.views.base import data_label
from po_desktop.gui.views.economy_widgets import cell, fte_text, item, kr, table
from po_desktop.i18n import QT_TR_NOOP, tr

MONTHS = (
    QT_TR_NOOP("jan"),
    QT_TR_NOOP("feb"),
    QT_TR_NOOP("mar"),
    QT_TR_NOOP("apr"),
    QT_TR_NOOP("maj"),
    QT_TR_NOOP("jun"),
    QT_TR_NOOP("jul"),
    QT_TR_NOOP("aug"),
    QT_TR_NOOP("sep"),
    QT_TR_NOOP("okt"),
    QT_TR_NOOP("nov"),
    QT_TR_NOOP("dec"),
)
# columns: post, FTE, grant (ja/nej), area, party (key own_posts), then the twelve months
AREA, PARTY, FIRST_MONTH = 3, 4, 5
# narrower than this (150 % on a 1366×768 screen): the actual costs above the results, not
# beside them, so no amount column is pushed out of sight
SIDE_BY_SIDE_WIDTH = 1000


class AccountTab(QWidget):
    """Owned by the Ekonomi view (``view``), which gives the vault and the year."""

    def __init__(self, view: Any):
        super().__init__()
        self.view = view
        self.data: Any = None
        self._loading = False
        self.changed = False
        outer = QVBoxLayout(self)
        # the inputs and results scroll as a whole when the window is small (150 % scale),
        # instead of every table being squeezed to a row or two
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("accountScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        top = QHBoxLayout()
        self.decided = QLineEdit()
        self.decided.setObjectName("accountGrantDecided")
        self.decided.setPlaceholderText(tr("t.ex. 907 200"))
        self.decided.setMaximumWidth(120)
        self.decided_fte = QLineEdit()
        self.decided_fte.setObjectName("accountGrantDecidedFte")
        self.decided_fte.setPlaceholderText(tr("t.ex. 3,00"))
        self.decided_fte.setMaximumWidth(70)
        top.addWidget(QLabel(tr("Beslutat statsbidrag (kr):")))
        top.addWidget(self.decided)
        top.addWidget(QLabel(tr("för årsarbeten:")))
        top.addWidget(self.decided_fte)
        top.addStretch(1)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        staffing = QGroupBox(tr("Tjänster och bemanning per månad (årsarbeten i tjänst)"))
        sl = QVBoxLayout(staffing)
        self.posts = table(
            "accountPosts",
            [tr("Tjänst"), tr("Årsarb."), tr("Statsbidrag"), tr("Område"), tr("Part")]
            + [tr(m) for m in MONTHS],
        )
        header = self.posts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.posts.setColumnWidth(0, 150)
        width = self.posts.fontMetrics().horizontalAdvance("0,00") + 18
        for col in range(1, FIRST_MONTH + 12):
            self.posts.setColumnWidth(col, width)
        self.posts.setColumnWidth(
            2, self.posts.fontMetrics().horizontalAdvance(tr("Statsbidrag")) + 16
        )
        for col in (AREA, PARTY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.posts.setColumnWidth(col, 96)
        self.posts.setToolTip(
            tr(
                "En rad per tjänst. Statsbidrag: ja eller nej (en chef utan klienter ger inget "
                "statsbidrag). Område: namnet på området tjänsten hör till (tomt: hela "
                "organisationen). Part: den kommun eller part som anställer och betalar tjänsten "
                "(nyckeln egna tjänster; tomt: ingen). Månaderna: årsarbeten i tjänst, t.ex. 0 "
                "under en vakans, 0,50 vid halvtidsledighet."
            )
        )
        sl.addWidget(self.posts, 1)
        row = QHBoxLayout()
        self.add_post = QPushButton(tr("Ny tjänst"))
        self.remove_post = QPushButton(tr("Ta bort tjänst"))
        row.addWidget(self.add_post)
        row.addWidget(self.remove_post)
        self.staffing_hint = QLabel(
            tr("Bara tjänster med statsbidrag räknas i statsbidraget; kostnaden räknar alla.")
        )
        self.staffing_hint.setWordWrap(True)
        row.addWidget(self.staffing_hint, 1)
        sl.addLayout(row)
        staffing.setMinimumHeight(190)
        split.addWidget(staffing)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        self.lower_split = lower
        actual_box = QGroupBox(tr("Utfall per budgetpost"))
        actual_box.setMinimumHeight(220)
        al = QVBoxLayout(actual_box)
        self.lines = table(
            "accountActual",
            [tr("Budgetpost"), tr("Budget (kr)"), tr("Utfall (kr)"), tr("Avvikelse")],
        )
        # the amounts always whole (as wide as "0 000 000" and their header); the name gives
        # way, elided, whole in its tooltip
        amounts = self.lines.horizontalHeader()
        for col in (1, 2, 3):
            amounts.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        amounts.setMinimumSectionSize(self.lines.fontMetrics().horizontalAdvance("0 000 000") + 18)
        al.addWidget(self.lines, 1)
        self.import_button = QPushButton(tr("Importera utfall (CSV)…"))
        al.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        lower.addWidget(actual_box)

        results = QGroupBox(tr("Redovisning"))
        results.setMinimumHeight(240)
        rl = QVBoxLayout(results)
        self.summary = data_label()
        self.summary.setObjectName("accountSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        rl.addWidget(self.summary)
        self.settlement_model = RecordTableModel(
            [
                Column(tr("Kommun"), lambda s: s.name, tooltip=lambda s: s.name),
                Column(tr("Fakturerat"), lambda s: kr(s.billed), align_right=True),
                Column(tr("Enligt utfall"), lambda s: kr(s.actual), align_right=True),
                Column(tr("Återbetalning"), lambda s: kr(s.refund), align_right=True),
                Column(tr("Tilläggsfaktura"), lambda s: kr(s.extra_invoice), align_right=True),
            ],
            self,
        )
        self.settlements, _ = make_table(self.settlement_model)
        self.settlements.setObjectName("accountSettlements")
        rl.addWidget(self.settlements, 1)
        lower.addWidget(results)
        lower.setSizes([520, 760])
        split.addWidget(lower)
        split.setSizes([230, 330])
        layout = outer  # the buttons and the message stay in sight below the scrolled part

        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Spara utfall"))
        self.save_button.setObjectName("accountSave")
        self.pdf_button = QPushButton(tr("Redovisning av statsbidrag (PDF)…"))
        self.pdf_button.setObjectName("accountPdf")
        self.csv_button = QPushButton(tr("CSV…"))
        for b in (self.save_button, self.pdf_button, self.csv_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = data_label()
        self.message.setObjectName("accountMessage")
        layout.addWidget(self.message)

        self.decided.textChanged.connect(lambda _t: self.recompute())
        self.decided_fte.textChanged.connect(lambda _t: self.recompute())
        self.posts.cellChanged.connect(lambda _r, _c: self.recompute())
        self.lines.cellChanged.connect(lambda _r, c: self.recompute() if c == 2 else None)
        self.add_post.clicked.connect(self.add_post_row)
        self.remove_post.clicked.connect(self.remove_post_row)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.pdf_button.clicked.connect(self.show_pdf)
        self.csv_button.clicked.connect(self.csv_dialog)
        self.import_button.clicked.connect(self.import_dialog)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.lower_split.orientation() != orientation:
            self.lower_split.setOrientation(orientation)

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        from po_desktop.services.economy_account import account

        got = service_call(
            lambda: account(self.view.vault, self.view.year.value()), show=self.message
        )
        if not got:
            return
        data = got.value
        self.data = data
        r = data.result
        self._loading = True
        try:
            self.decided.setText("" if r.grant_decided is None else kr(r.grant_decided))
            self.decided_fte.setText(fte_text(r.grant_decided_fte))
            self.posts.setRowCount(0)
            for p in data.posts:
                self._append_post(p)
            self.lines.setRowCount(0)
            for line in r.lines:
                row = self.lines.rowCount()
                self.lines.insertRow(row)
                name = item(line.name, editable=False)
                name.setToolTip(line.name)
                self.lines.setItem(row, 0, name)
                self.lines.setItem(row, 1, item(kr(line.budget), editable=False, right=True))
                self.lines.setItem(
                    row, 2, item("" if line.actual is None else kr(line.actual), right=True)
                )
                self.lines.setItem(row, 3, item(kr(line.difference), editable=False, right=True))
        finally:
            self._loading = False
        self.changed = False
        self.message.clear()
        self.show_result(r)

    def _append_post(self, p: Any) -> None:
        row = self.posts.rowCount()
        self.posts.insertRow(row)
        self.posts.setItem(row, 0, item(p.name))
        self.posts.setItem(row, 1, item(fte_text(p.fte), right=True))
        eligible = "" if p.grant_eligible is None else tr("ja") if p.grant_eligible else tr("nej")
        self.posts.setItem(row, 2, item(eligible))
        self.posts.setItem(row, AREA, item(p.area or ""))
        self.posts.setItem(row, PARTY, item(p.party or ""))
        months = p.months if p.months is not None else [None] * 12
        for i, m in enumerate(months):
            self.posts.setItem(row, FIRST_MONTH + i, item(fte_text(m), right=True))

    def add_post_row(self) -> None:
        """A new row with nothing assumed: its FTE, ja/nej and months are typed by a person
        (an empty cell is refused on Spara, naming it; empty months: not entered)."""
        from types import SimpleNamespace

        self._append_post(
            SimpleNamespace(
                name=tr("Ny tjänst"), fte=None, grant_eligible=None, area=None, party=None,
                months=None,
            )
        )  # fmt: skip
        self.posts.setCurrentCell(self.posts.rowCount() - 1, 0)
        self.recompute()

    def remove_post_row(self) -> None:
        row = self.posts.currentRow()
        if row >= 0:
            self.posts.removeRow(row)
            self.recompute()

    # --- the draft -------------------------------------------------------------------------------

    def parsed(self) -> dict[str, Any]:
        """What the tab says now, parsed (RejectedInput on a bad cell, naming it)."""
        from dataclasses import replace

        from po_desktop.domain.economy import Post
        from po_desktop.errors import RejectedInput
        from po_desktop.services.economy_text import parse_fte_value, parse_kronor

        before = {p.name.casefold(): p for p in (self.data.posts if self.data else ())}
        posts = []
        for r in range(self.posts.rowCount()):
            name = cell(self.posts, r, 0)
            if not name:
                continue
            eligible = cell(self.posts, r, 2).casefold()
            fte_cell = cell(self.posts, r, 1)
            if not fte_cell:
                raise RejectedInput(tr("{name}: ange tjänstens årsarbeten.").format(name=name))
            if eligible not in (tr("ja").casefold(), tr("nej").casefold(), "ja", "nej"):
                raise RejectedInput(
                    tr("{name}: Statsbidrag ska vara ja eller nej.").format(name=name)
                )
            texts = [cell(self.posts, r, FIRST_MONTH + i) for i in range(12)]
            months = None
            if any(texts):
                if not all(texts):
                    raise RejectedInput(tr("{name}: fyll i alla tolv månader.").format(name=name))
                months = tuple(
                    parse_fte_value(t, f"{name} {tr(MONTHS[i])}") for i, t in enumerate(texts)
                )
            old = before.get(name.casefold(), Post(name, Decimal(0)))
            posts.append(
                replace(
                    old,
                    name=name,
                    fte=parse_fte_value(fte_cell, name),
                    grant_eligible=eligible in (tr("ja").casefold(), "ja"),
                    # checked and made canonical by the service (check_post), as in the CLI
                    area=cell(self.posts, r, AREA) or None,
                    party=cell(self.posts, r, PARTY) or None,
                    months=months,
                )
            )
        actual = {}
        for r in range(self.lines.rowCount()):
            text = cell(self.lines, r, 2)
            if text:
                actual[cell(self.lines, r, 0)] = parse_kronor(text, cell(self.lines, r, 0))
        decided, fte = self.decided.text().strip(), self.decided_fte.text().strip()
        return {
            "grant_decided": parse_kronor(decided, tr("Beslutat statsbidrag")) if decided else None,
            "grant_decided_fte": parse_fte_value(fte, tr("Beslutade årsarbeten")) if fte else None,
            "posts": posts,
            "actual": actual,
        }

    def recompute(self) -> None:
        if self._loading or self.data is None:
            return
        self.changed = True
        from po_desktop.services.economy_account import draft_account

        got = service_call(lambda: draft_account(self.data, **self.parsed()), show=self.message)
        if not got:
            return
        result = got.value
        self.message.setText(tr("Ändrat, inte sparat."))
        self.show_result(result)

    def show_result(self, r: Any) -> None:
        from po_desktop.services.economy_account import account_message

        lines = [
            tr(
                "Årsarbetsmånader med statsbidrag {months} · förbrukat statsbidrag {used} kr · "
                "ej förbrukat att återredovisa {unspent} kr"
            ).format(
                months=fte_text(r.eligible_fte_months) or "–",
                used=kr(r.grant_used),
                unspent=kr(r.unspent),
            ),
            tr(
                "Kostnad: budget {budget} kr, utfall {actual} kr · kommunernas faktiska del "
                "{part} kr"
            ).format(
                budget=kr(r.budget_total),
                actual=kr(r.actual_total),
                part=kr(r.municipalities_actual),
            ),
        ]
        if r.refunds_total is not None:
            lines.append(
                tr("Återbetalningar {refund} kr · tilläggsfakturor {extra} kr").format(
                    refund=kr(r.refunds_total), extra=kr(r.extra_total)
                )
            )
        lines += [account_message(p) for p in r.problems]
        self.summary.setText("\n".join(lines))
        self.settlement_model.set_rows(list(r.settlements))
        fit_columns(self.settlements)
        self._loading = True
        try:
            by_name = {line.name: line for line in r.lines}
            for row in range(self.lines.rowCount()):
                line = by_name.get(cell(self.lines, row, 0))
                diff = None if line is None else line.difference
                self.lines.setItem(row, 3, item(kr(diff), editable=False, right=True))
        finally:
            self._loading = False

    # --- saving and output ---------------------------------------------------------------------

    def save(self) -> bool:
        if self.data is None:
            return False
        from po_desktop.services.economy_account import save_account

        if not service_call(
            lambda: save_account(self.view.vault, self.view.year.value(), **self.parsed()),
            show=self.message,
        ):
            return False
        self.load()
        self.message.setText(tr("Sparat."))
        return True

    def show_pdf(self) -> None:
        if self.data is None:
            return
        from po_desktop.printing.economy_account import render_account

        data = self.data
        self.view.main.show_pdf(
            tr("Redovisning av statsbidrag {year}").format(year=data.year),
            lambda out: render_account(data, out),
            tr("redovisning-statsbidrag-{year}.pdf").format(year=data.year),
        )

    def csv_dialog(self) -> None:
        if self.data is None:
            return
        out, _ = QFileDialog.getSaveFileName(
            self,
            tr("Spara CSV"),
            str(Path.home() / tr("redovisning-statsbidrag-{year}.csv").format(year=self.data.year)),
            tr("CSV (*.csv)"),
        )
        if out:
            self.write_csv(Path(out))

    def write_csv(self, out: Path) -> Path | None:
        from po_desktop.services.economy_account import write_account_csv

        got = service_call(lambda: write_account_csv(out, self.data), show=self.message)
        if not got:
            return None
        path = got.value
        self.message.setText(tr("CSV sparad: {path}").format(path=path))
        return path

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Utfall per budgetpost (CSV)"), "", tr("CSV (*.csv *.txt);;Alla filer (*)")
        )
        if path:
            self.import_actual(Path(path))

    def import_actual(self, path: Path) -> None:
        from po_desktop.services.economy_account import import_actual

        got = service_call(
            lambda: import_actual(self.view.vault, self.view.year.value(), path), show=self.message
        )
        if not got:
            return
        rows, _view = got.value
        self.load()
        self.message.setText(tr("Utfall importerat för {n} budgetposter.").format(n=len(rows)))


__all__ = ["AccountTab"]
