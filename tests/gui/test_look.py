"""The look: icons beside the navigation (a shipped, licensed set), one style sheet that follows
the system's light or dark palette, badges that say their status in words."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from po_desktop.gui import style


def _icon_lightness(icon) -> int:
    image = icon.pixmap(24, 24).toImage()
    values = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(24)
        for y in range(24)
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    ]
    assert values, "an empty icon"
    return sum(values) // len(values)


def test_navigation_icons_and_their_licence(unlocked_window):
    from po_desktop.gui.window import NAV_ICONS
    from po_desktop.licenses import components

    win = unlocked_window
    for row, view in enumerate(win.views):
        assert not win.nav.item(row).icon().isNull(), view.key
    assert set(NAV_ICONS.values()) <= set(style.icon_names())
    # the coordinator's views too (economy, annual report): no entry without its icon
    from po_desktop.gui.window import VIEWS, _view_classes

    for mode in VIEWS:
        for cls in _view_classes(mode):
            assert cls.key in NAV_ICONS, (mode, cls.key)
    lucide = [c for c in components() if c.name == "Lucide"]
    assert lucide and "ISC License" in lucide[0].text


def test_dark_palette_restyles_the_window(unlocked_window, qtbot):
    win = unlocked_window
    app = QApplication.instance()
    light = app.palette()
    light_sheet = app.styleSheet()
    assert _icon_lightness(win.nav.item(0).icon()) < 128  # dark strokes on a light window
    dark = QPalette(light)
    for role, colour in [
        (QPalette.ColorRole.Window, "#1f2328"),
        (QPalette.ColorRole.WindowText, "#e6e8eb"),
        (QPalette.ColorRole.Base, "#16191d"),
        (QPalette.ColorRole.Text, "#e6e8eb"),
    ]:
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)
        qtbot.wait(20)
        assert style.is_dark()
        assert app.styleSheet() != light_sheet
        assert style.tones()["danger"].fg in app.styleSheet()
        assert _icon_lightness(win.nav.item(0).icon()) > 128  # light strokes now
        # the overdue colour stays readable on a dark base
        assert style.danger_colour().lightness() > 128
    finally:
        app.setPalette(light)
        qtbot.wait(20)
    assert not style.is_dark() and app.styleSheet() == light_sheet


def test_badge_tones_are_named_and_contrast(qtbot):
    for dark in (False, True):
        for name, tone in style.tones(dark).items():
            fg, bg = QColor(tone.fg), QColor(tone.bg)
            assert abs(fg.lightness() - bg.lightness()) > 90, (dark, name)
    label = style.badge("Saknas", "danger")
    assert label.text() == "Saknas" and label.property("badge") == "danger"


def test_error_colours_come_from_the_palette_tones(unlocked_window):
    from PySide6.QtGui import QPalette as Pal

    from po_desktop.gui.passphrase import PassphrasePair

    danger = style.tones()["danger"].fg
    dialog = unlocked_window.show_view("assignments").new_assignment()
    dialog.alias.setText("Anna Svensson")  # a name: refused inline, in the danger tone
    assert dialog.alias_error.isVisible()
    assert dialog.alias_error.palette().color(Pal.ColorRole.WindowText) == QColor(danger)
    for dark in (False, True):
        steps = style.strength_colours(dark)
        assert len(steps) == 5
        assert steps[0] == style.tones(dark)["danger"].fg
        assert steps[-1] == style.tones(dark)["ok"].fg
    fields = PassphrasePair()
    fields.first.setText("abc")  # weakest: the meter's chunk is the danger tone
    assert danger in fields.meter.styleSheet()
    dialog.reject()


def _indicator_edge_contrast(widget, element) -> int:
    """How much the left edge of a check box's (radio button's) indicator stands out from the
    field's background, in lightness."""
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    widget.initStyleOption(option)
    rect = widget.style().subElementRect(element, option, widget)
    image = widget.grab().toImage()
    base = widget.palette().color(QPalette.ColorRole.Base).lightness()
    y = rect.center().y()
    edge = [QColor(image.pixel(x, y)).lightness() for x in range(rect.left(), rect.left() + 3)]
    return max(abs(v - base) for v in edge)


def test_check_indicators_have_a_visible_border_in_both_palettes(qtbot):
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle

    app = QApplication.instance()
    light = app.palette()
    style.apply_style(app)
    dark = QPalette(light)
    for role, colour in [
        (QPalette.ColorRole.Window, "#1f2328"),
        (QPalette.ColorRole.WindowText, "#e6e8eb"),
        (QPalette.ColorRole.Base, "#16191d"),
        (QPalette.ColorRole.Text, "#e6e8eb"),
    ]:
        dark.setColor(role, QColor(colour))
    try:
        for palette in (light, dark):
            app.setPalette(palette)
            qtbot.wait(20)
            box, radio = QCheckBox("Återkoppling har kommit"), QRadioButton("Ja")
            for widget, element in [
                (box, QStyle.SubElement.SE_CheckBoxIndicator),
                (radio, QStyle.SubElement.SE_RadioButtonIndicator),
            ]:
                qtbot.addWidget(widget)
                widget.resize(240, 30)
                assert _indicator_edge_contrast(widget, element) > 60, (style.is_dark(), widget)
    finally:
        app.setPalette(light)
        qtbot.wait(20)
