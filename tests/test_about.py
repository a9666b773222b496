"""The About dialog: version and the licences of the bundled components."""

from __future__ import annotations

import po_desktop
from po_desktop import i18n, licenses
from po_desktop.gui.about import AboutDialog


def test_components_cover_what_is_bundled():
    comps = {c.name: c for c in licenses.components()}
    expected = {
        "Python": "PSF",
        "Qt": "LGPL-3.0",
        "PySide6": "LGPL-3.0",
        "SQLCipher": "BSD",
        "SQLAlchemy": "MIT",
        "Alembic": "MIT",
        "ReportLab": "BSD",
        "argon2-cffi": "MIT",
        "DejaVu": "Bitstream Vera",
        "OpenSSL": "Apache-2.0",
    }
    for name, licence in expected.items():
        assert name in comps, name
        assert licence in comps[name].licence
        assert len(comps[name].text) > 500, f"{name} has no licence text"
    assert comps["SQLCipher"].version.startswith("4.")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in comps["Qt"].text
    assert "ZETETIC" in comps["SQLCipher"].text
    for c in comps.values():
        if c.name not in ("DejaVu",):
            assert c.version, f"{c.name}: no version"


def test_about_dialog_shows_version_and_licences(qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Om po-desktop"
    assert po_desktop.__version__ in dlg.findChild(type(dlg.config_label), "aboutTitle").text()
    table = dlg.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Qt" in names and "SQLCipher" in names
    assert dlg.select_component("Qt")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dlg.licence_text.toPlainText()
    assert dlg.select_component("SQLCipher")
    assert "ZETETIC" in dlg.licence_text.toPlainText()
    assert "config.toml" in dlg.config_label.text()


def test_about_dialog_in_english(qtbot, qapp):
    try:
        i18n.install_translators(qapp, "en")
        dlg = AboutDialog()
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "About po-desktop"
        headers = [dlg.table.horizontalHeaderItem(c).text() for c in range(4)]
        assert headers == ["Component", "Version", "Licence", "Used for"]
        row = [c.name for c in dlg.components].index("SQLCipher")
        assert dlg.table.item(row, 3).text() == "encrypting the vault"
        assert "English" in dlg.findChild(type(dlg.config_label), "aboutFacts").text()
    finally:
        i18n.install_translators(qapp, "sv")
