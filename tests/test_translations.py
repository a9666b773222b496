"""The English translation: every user-visible string is translated, the .qm is current, and the
language follows the setting or the system locale.

A new ``tr("…")`` in the code fails ``test_every_tr_literal_in_the_source_is_translated`` until
``python packaging/update_translations.py`` has been run and the English text filled in.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import po_desktop
from po_desktop import i18n

PKG = Path(po_desktop.__file__).resolve().parent
TS = PKG / "resources" / "translations" / "po_desktop_en.ts"
QM = PKG / "resources" / "translations" / "po_desktop_en.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg.find("translation")
    return out


def finished(t: ET.Element | None) -> bool:
    return (
        t is not None
        and t.get("type") not in ("unfinished", "obsolete", "vanished")
        and bool((t.text or "").strip())
    )


def source_strings() -> list[tuple[str, str, str]]:
    """(context, Swedish text, where) for every translatable literal in the package.

    ``tr("…")`` → the empty context; ``self.tr("…")`` → the enclosing class's name;
    ``QCoreApplication.translate("ctx", "…")`` → ``ctx``. Strings inside f-strings cannot be
    translated and are reported as ``"<f-string>"`` so the test fails on them too.
    """
    found = []
    for path in sorted(PKG.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        rel = path.relative_to(PKG.parent)

        def visit(node, cls):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.Call) and child.args:
                    func, first = child.func, child.args[0]
                    where = f"{rel}:{child.lineno}"  # noqa: B023 - visit() runs inside the loop
                    ctx = None
                    arg = first
                    if isinstance(func, ast.Name) and func.id in ("tr", "QT_TR_NOOP"):
                        ctx = ""
                    elif (
                        isinstance(func, ast.Attribute)
                        and func.attr == "tr"
                        and isinstance(func.value, ast.Name)
                        and func.value.id == "self"
                    ):
                        ctx = cls or ""
                    elif (
                        isinstance(func, ast.Attribute)
                        and func.attr == "translate"
                        and len(child.args) >= 2
                        and isinstance(first, ast.Constant)
                        and isinstance(first.value, str)
                    ):
                        ctx, arg = first.value, child.args[1]
                    if ctx is not None:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.append((ctx, arg.value, where))
                        elif isinstance(arg, ast.JoinedStr):
                            found.append((ctx, "<f-string>", where))
                visit(child, cls)

        visit(tree, None)
    return found


def test_catalogue_exists_and_every_message_is_translated():
    messages = ts_messages()
    assert len(messages) > 50
    untranslated = [src for (ctx, src), t in messages.items() if not finished(t)]
    assert not untranslated, (
        "Untranslated strings in po_desktop_en.ts (fill them in, then "
        "`python packaging/update_translations.py --release`):\n" + "\n".join(untranslated)
    )


def test_every_tr_literal_in_the_source_is_translated():
    messages = ts_messages()
    strings = source_strings()
    assert len(strings) > 50
    missing = [
        f"{where}: [{ctx}] {text}"
        for ctx, text, where in strings
        if not finished(messages.get((ctx, text)))
    ]
    assert not missing, (
        "Strings in the code that have no English translation — run "
        "`python packaging/update_translations.py`, translate, and commit the .ts and .qm:\n"
        + "\n".join(missing)
    )


def test_every_category_label_is_translated():
    """Profile labels are data shown through tr(label); update_translations.py extracts them."""
    import json

    messages = ts_messages()
    missing = []
    for path in sorted((PKG / "domain" / "profiles").glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        for group in ("categories", "fixed"):
            for name, entries in data.get(group, {}).items():
                missing += [
                    f"{path.name} {name}: {label}"
                    for _code, label in entries
                    if not finished(messages.get(("", label)))
                ]
    assert not missing, "\n".join(missing)


def test_translations_keep_placeholders_and_edge_spaces():
    bad = []
    for (_ctx, src), t in ts_messages().items():
        text = t.text or ""
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            bad.append(f"placeholders differ: {src!r} -> {text!r}")
        if src[:1].isspace() != text[:1].isspace() or src[-1:].isspace() != text[-1:].isspace():
            bad.append(f"leading/trailing space differs: {src!r} -> {text!r}")
        text.format(
            **{
                p[1:-1].split(":")[0].split("!")[0]: 1
                for p in PLACEHOLDER.findall(text)
                if p != "{}"
            }
        )
    assert not bad, "\n".join(bad)


def test_english_is_not_swedish():
    """A translation that merely copies the Swedish (or keeps å/ä/ö words) is not a translation."""
    suspicious = []
    for (_ctx, src), t in ts_messages().items():
        text = t.text or ""
        if text == src and re.search(r"[a-zA-Z]{3}", src) and re.search(r"[åäöÅÄÖ]", src):
            suspicious.append(src)
    assert not suspicious, suspicious


def test_compiled_qm_is_current(qapp):
    """The shipped .qm gives the .ts translation for every message (run --release if not)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        src
        for (ctx, src), t in ts_messages().items()
        if translator.translate(ctx, src) != (t.text or "")
    ]
    assert not stale, "po_desktop_en.qm is out of date; run update_translations.py --release"


@pytest.mark.parametrize(
    "setting, system, expected",
    [
        ("sv", "en_US", "sv"),
        ("en", "sv_SE", "en"),
        ("system", "sv_SE", "sv"),
        ("system", "sv_FI", "sv"),
        ("system", "en_GB", "en"),
        ("system", "de_DE", "en"),
        ("system", "C", "sv"),
        ("system", "POSIX", "sv"),
        (None, "en_US.UTF-8", "en"),
    ],
)
def test_language_choice(setting, system, expected):
    assert i18n.resolve_language(setting, system) == expected


@pytest.fixture
def restore_swedish(qapp):
    yield qapp
    i18n.install_translators(qapp, "sv")
    i18n.use_language_headless(None)


def test_install_english_translates_our_text_and_qts_own(restore_swedish):
    from PySide6.QtCore import QCoreApplication, QLocale

    app = restore_swedish
    assert i18n.install_translators(app, "en") == "en"
    assert i18n.current_language(app) == "en"
    assert i18n.tr("Valvet är låst. Lås upp det först.") == "The vault is locked. Unlock it first."
    assert QLocale().language() == QLocale.Language.English

    assert i18n.install_translators(app, "sv") == "sv"
    assert i18n.tr("Valvet är låst. Lås upp det först.") == "Valvet är låst. Lås upp det först."
    # Qt's own Swedish catalogue (standard buttons) is loaded as well.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QLocale().language() == QLocale.Language.Swedish


def test_language_follows_config_file(restore_swedish, tmp_path, monkeypatch):
    (tmp_path / "config.toml").write_text('language = "en"\n', encoding="utf-8")
    monkeypatch.setenv("PO_DESKTOP_CONFIG_DIRS", str(tmp_path))
    from po_desktop.config import load_config

    assert i18n.install_translators(restore_swedish, load_config().language) == "en"
    assert i18n.tr("Lösenfrasen får inte vara tom.") == "The passphrase must not be empty."


def test_cli_speaks_english_when_configured(cli_subprocess, tmp_path):
    code, out, err = cli_subprocess(
        "vault",
        "check",
        vault=tmp_path / "nothing.podb",
        env={"PO_DESKTOP_CONFIG_DIRS": str(tmp_path)},
    )
    assert code == 3 and "Det finns inget valv" in err
    (tmp_path / "config.toml").write_text('language = "en"\n', encoding="utf-8")
    code, out, err = cli_subprocess(
        "vault",
        "check",
        vault=tmp_path / "nothing.podb",
        env={"PO_DESKTOP_CONFIG_DIRS": str(tmp_path)},
    )
    assert code == 3
    assert "There is no vault at" in err and "Det finns inget valv" not in err
    code, out, err = cli_subprocess("--help", env={"PO_DESKTOP_CONFIG_DIRS": str(tmp_path)})
    assert code == 0 and "create a new vault" in out


@pytest.mark.parametrize(
    "locale, config_language, expected",
    [
        ("sv_SE.UTF-8", None, "gui ok: sv Arkiv"),
        ("en_US.UTF-8", None, "gui ok: en File"),
        ("C.UTF-8", None, "gui ok: sv Arkiv"),
        ("sv_SE.UTF-8", "en", "gui ok: en File"),
        ("en_US.UTF-8", "sv", "gui ok: sv Arkiv"),
    ],
)
def test_gui_language_follows_system_locale_unless_set(
    cli_subprocess, tmp_path, locale, config_language, expected
):
    if config_language:
        (tmp_path / "config.toml").write_text(f'language = "{config_language}"\n', encoding="utf-8")
    code, out, err = cli_subprocess(
        vault=tmp_path / "none" / "vault.podb",
        passphrase_file=False,
        env={
            "PO_DESKTOP_CONFIG_DIRS": str(tmp_path),
            "LC_ALL": locale,
            "LANG": locale,
            "LANGUAGE": "",
            "QT_QPA_PLATFORM": "offscreen",
            "PO_DESKTOP_SMOKE_TEST": "1",
        },
    )
    assert code == 0, err
    assert expected in out
