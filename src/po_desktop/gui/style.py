"""The window's look with Qt's own means: one application style sheet built from the current
palette (so it follows the system's light or dark mode), a small type scale, cards, status badges
and the navigation icons (Lucide, ISC licence, in ``resources/icons``).

Colours that carry meaning (danger, warning, ok) come in a light and a dark variant; text never
relies on colour alone (badges and messages always say it in words too).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from po_desktop.resources import RESOURCES

ICON_DIR = RESOURCES / "icons"

# type scale (factors of the system font's size)
SCALE = {"title": 1.55, "heading": 1.2, "body": 1.0, "small": 0.9}

# spacing unit (px) used between and inside cards
GAP = 12


@dataclass(frozen=True)
class Tone:
    fg: str
    bg: str


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def tones(dark: bool | None = None) -> dict[str, Tone]:
    """Badge and message colours for ``ok``, ``late``, ``missing``/``danger``, ``neutral``."""
    if dark is None:
        dark = is_dark()
    if dark:
        return {
            "ok": Tone("#b9f0c4", "#1d4a2a"),
            "late": Tone("#ffe2a8", "#5a4210"),
            "danger": Tone("#ffb4bd", "#5c1a24"),
            "neutral": Tone("#dde3ea", "#37404a"),
        }
    return {
        "ok": Tone("#14532d", "#d5f2dc"),
        "late": Tone("#6b4400", "#fbe7b8"),
        "danger": Tone("#8a0018", "#fbd5da"),
        "neutral": Tone("#37404a", "#e4e8ee"),
    }


def danger_colour() -> QColor:
    """The colour of errors and overdue dates in the palette in use (light or dark)."""
    return QColor(tones()["danger"].fg)


def strength_colours(dark: bool | None = None) -> tuple[str, str, str, str, str]:
    """The passphrase meter's five steps (zxcvbn score 0-4), from danger to ok."""
    if dark is None:
        dark = is_dark()
    t = tones(dark)
    if dark:
        return (t["danger"].fg, "#ffc29e", t["late"].fg, "#9fe3ad", t["ok"].fg)
    return (t["danger"].fg, "#c43c00", "#a07800", "#2e7d32", t["ok"].fg)


def _stylesheet(palette: QPalette) -> str:
    t = tones(is_dark(palette))
    mid = palette.color(QPalette.ColorRole.Mid).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    window = palette.color(QPalette.ColorRole.Window)
    nav_bg = (window.darker(108) if not is_dark(palette) else window.lighter(125)).name()
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = QColor(
        round(text.red() * 0.6 + window.red() * 0.4),
        round(text.green() * 0.6 + window.green() * 0.4),
        round(text.blue() * 0.6 + window.blue() * 0.4),
    ).name()  # secondary text
    return f"""
QListWidget#navigation {{ background: {nav_bg}; border: none; padding: {GAP // 2}px; }}
QListWidget#navigation::item {{ padding: 6px 8px; border-radius: 6px; }}
QListWidget#navigation::item:selected {{ background: palette(highlight);
    color: palette(highlighted-text); }}
QFrame#card, QWidget#card {{ background: {base}; border: 1px solid {mid};
    border-radius: 8px; }}
QGroupBox {{ background: {base}; border: 1px solid {mid}; border-radius: 8px;
    margin-top: 1.6em; padding: {GAP // 2}px; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left; left: 4px;
    padding: 0 2px; font-weight: 600; }}
QLabel[role="error"] {{ color: {t["danger"].fg}; }}
QLabel[role="warning"] {{ color: {t["danger"].fg}; font-weight: bold; }}
QLabel[role="ok"] {{ color: {t["ok"].fg}; }}
QLabel[role="hint"] {{ color: {muted}; }}
QLabel[badge="ok"] {{ color: {t["ok"].fg}; background: {t["ok"].bg}; border-radius: 9px;
    padding: 1px 8px; }}
QLabel[badge="late"] {{ color: {t["late"].fg}; background: {t["late"].bg}; border-radius: 9px;
    padding: 1px 8px; }}
QLabel[badge="danger"] {{ color: {t["danger"].fg}; background: {t["danger"].bg};
    border-radius: 9px; padding: 1px 8px; }}
QPushButton[danger="true"] {{ color: {t["danger"].fg}; }}
"""


def indicator_border(palette: QPalette) -> QColor:
    """The border of check boxes and radio buttons: text blended into the field's background,
    plainly visible in the light and the dark palette (Fusion's own outline is near-black on a
    dark window)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(text.red() * 0.6 + base.red() * 0.4),
        round(text.green() * 0.6 + base.green() * 0.4),
        round(text.blue() * 0.6 + base.blue() * 0.4),
    )


_CHECKS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


class _IndicatorStyle(QProxyStyle):
    """The platform's style, with a visible border drawn round every check indicator."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if (element not in _CHECKS and not radio) or not isinstance(option, QStyleOption):
            return
        colour = indicator_border(option.palette)
        if not option.state & QStyle.StateFlag.State_Enabled:
            colour.setAlpha(110)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        side = min(option.rect.width(), option.rect.height())
        box = QRectF(option.rect.x(), option.rect.y(), side, side).adjusted(0.5, 0.5, -0.5, -0.5)
        if radio:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


class _PaletteFollower(QObject):
    """Rebuilds the style sheet and icons when the system switches light/dark; names the fields
    of every window that opens (gui/a11y.py)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ApplicationPaletteChange and obj is QApplication.instance():
            apply_style(obj if isinstance(obj, QApplication) else None)
        elif kind == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            from po_desktop.gui.a11y import ensure_names

            ensure_names(obj)  # every dialog: its fields named after their labels
        return False


_follower: _PaletteFollower | None = None
_indicator_style: _IndicatorStyle | None = None


def apply_style(app: QApplication | None = None) -> None:
    """Install the application style sheet for the current palette (idempotent)."""
    global _follower
    if app is None:
        instance = QApplication.instance()
        app = instance if isinstance(instance, QApplication) else None
    if app is None:
        return
    global _indicator_style
    if _indicator_style is None:
        _indicator_style = _IndicatorStyle(app.style().name())  # kept: Qt does not own it
        app.setStyle(_indicator_style)
    sheet = _stylesheet(app.palette())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    icon.cache_clear()
    if _follower is None:
        _follower = _PaletteFollower()
        app.installEventFilter(_follower)


def set_role(label: QWidget, role: str) -> QWidget:
    """``error``, ``warning``, ``ok`` or ``hint``: a label's colour from the style sheet."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    return label


def scaled_font(widget: QWidget, level: str, *, bold: bool | None = None) -> QFont:
    base = QApplication.font()
    font = QFont(widget.font())
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * SCALE[level])
    if bold is None:
        bold = level in ("title", "heading")
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    return font


def set_type(widget: QWidget, level: str, *, bold: bool | None = None) -> QWidget:
    widget.setFont(scaled_font(widget, level, bold=bold))
    return widget


def card(title: str, *, object_name: str = "") -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A framed card with a heading; returns (frame, its body layout, the heading label)."""
    frame = QFrame()
    frame.setObjectName("card")
    if object_name:
        frame.setProperty("cardName", object_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(GAP + 2, GAP, GAP + 2, GAP)
    layout.setSpacing(GAP // 2 + 2)
    head = QLabel(title)
    head.setObjectName("cardTitle")
    set_type(head, "heading")
    layout.addWidget(head)
    return frame, layout, head


def badge(text: str = "", tone: str = "neutral") -> QLabel:
    label = QLabel(text)
    label.setObjectName("badge")
    set_badge(label, text, tone)
    return label


def set_badge(label: QLabel, text: str, tone: str) -> None:
    label.setText(text)
    label.setProperty("badge", tone)
    label.style().unpolish(label)
    label.style().polish(label)


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell as a small coloured pill with its text. ``tone_of(text)`` names the tone
    (``ok``/``late``/``danger``/``neutral``) or returns None for plain text."""

    def __init__(self, tone_of, parent=None):
        super().__init__(parent)
        self.tone_of = tone_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        text = index.data() or ""
        tone = self.tone_of(text) if text else None
        if tone is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, widget)
        colours = tones()[tone]
        fm = option.fontMetrics
        pad = 8
        w = min(fm.horizontalAdvance(text) + 2 * pad, option.rect.width() - 4)
        h = min(fm.height() + 4, option.rect.height() - 2)
        rect = QRectF(option.rect.x() + 4, option.rect.y() + (option.rect.height() - h) / 2, w, h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.bg))
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor(colours.fg))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, size.height())


@lru_cache(maxsize=64)
def icon(name: str, colour: str = "") -> QIcon:
    """A Lucide icon tinted with ``colour`` (default: the palette's text colour)."""
    from PySide6.QtSvg import QSvgRenderer

    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        return QIcon()
    colour = colour or QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pix)
    return result


def icon_names() -> list[str]:
    return sorted(p.stem for p in ICON_DIR.glob("*.svg"))


__all__ = [
    "BadgeDelegate",
    "GAP",
    "apply_style",
    "badge",
    "card",
    "danger_colour",
    "icon",
    "icon_names",
    "indicator_border",
    "is_dark",
    "scaled_font",
    "set_badge",
    "set_role",
    "set_type",
    "strength_colours",
    "tones",
]
