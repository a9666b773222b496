"""Translation entry point.

All user-visible text is written in Swedish and passed through :func:`tr`. Inside the GUI the
text goes through Qt's translation system (``QCoreApplication.translate``) so an English ``.qm``
can replace it; headless (CLI) the Swedish source text is used unless a Qt application with a
translator is running. The module imports Qt lazily so domain code stays Qt-free.

The catalogue is ``resources/translations/po_desktop_en.ts``, maintained with
``python packaging/update_translations.py`` (``pyside6-lupdate`` then ``pyside6-lrelease``).
``pyside6-lupdate`` files a bare ``tr("…")`` call under the *empty* context wherever it stands,
so that is the context :func:`tr` translates in; ``self.tr("…")`` inside a QObject subclass uses
the class name, as Qt does.

:func:`install_translators` (called once by the GUI at start) installs the language its
caller chose — the ``language`` setting of ``config.toml`` (``"sv"``, ``"en"``) or, for
``"system"``/None, the system locale — and installs our catalogue plus Qt's own
``qtbase_<lang>.qm`` (standard buttons and dialogs). This module reads no configuration (the
caller passes the language), so ``config`` may import :func:`tr` without an import cycle.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # not typing's: this module is on every start-up path
if TYPE_CHECKING:  # pathlib is imported where a path is made (start-up time)
    from pathlib import Path

DEFAULT_CONTEXT = ""
SOURCE_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}  # each in its own language
CATALOGUE = "po_desktop"


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark a literal for translation where it is defined (a table, a constant); translate it
    with :func:`tr` where it is shown."""
    return text


_headless_translator = None  # set by use_language_headless() for the command line


def tr(text: str, context: str = DEFAULT_CONTEXT) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    app = qtcore.QCoreApplication.instance()
    if app is None:
        if _headless_translator is not None:
            return _headless_translator.translate(context, text) or text
        return text
    return qtcore.QCoreApplication.translate(context, text)


def use_language_headless(language: str | None) -> str:
    """For the command line (no Qt application): translate :func:`tr` text into ``language``.

    Only an explicit ``"en"`` switches; the command line does not follow the system locale, so
    scripts see the same messages on every machine unless the config file asks otherwise.
    """
    global _headless_translator
    if language != "en":
        _headless_translator = None
        return SOURCE_LANGUAGE
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(translations_dir() / f"{CATALOGUE}_{language}.qm")):
        _headless_translator = None
        return SOURCE_LANGUAGE
    _headless_translator = translator
    return language


def translations_dir() -> Path:
    """The folder of our compiled catalogues (``po_desktop_<lang>.qm``)."""
    from pathlib import Path

    return Path(__file__).resolve().parent / "resources" / "translations"


def resolve_language(setting: str | None = None, system_locale: str | None = None) -> str:
    """``"sv"`` or ``"en"``: the setting if it names one, else from the system locale.

    A Swedish system gives Swedish; any other real language gives English (the only
    translation); an undefined locale (``C``/``POSIX``, e.g. a server) gives Swedish, the
    program's own language.
    """
    if setting in LANGUAGES:
        return setting
    if system_locale is None:
        from PySide6.QtCore import QLocale

        system = QLocale.system()
        names = [n.replace("-", "_") for n in system.uiLanguages()] or [system.name()]
        system_locale = names[0]
    lang = system_locale.split("_")[0].split(".")[0].lower()
    if lang in ("", "c", "posix", SOURCE_LANGUAGE):
        return SOURCE_LANGUAGE
    return "en"


def qt_translations_dir() -> Path:
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(app, language: str | None) -> str:
    """Install the translators for ``language`` (``"sv"``, ``"en"``; ``"system"`` or None: the
    system locale; the GUI passes config.toml's ``language``).

    Returns the language in use. Translators installed earlier by this function are removed
    first, so the language can be changed while running (windows then re-translate their
    texts on ``QEvent.LanguageChange``).
    """
    from PySide6.QtCore import QLocale, QTranslator

    lang = resolve_language(language)

    for old in getattr(app, "_po_translators", []):
        app.removeTranslator(old)
    installed = []
    if lang != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / f"{CATALOGUE}_{lang}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", str(qt_translations_dir())):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    app._po_translators = installed
    QLocale.setDefault(QLocale("sv_SE" if lang == "sv" else "en_GB"))
    app._po_language = lang
    return lang


def current_language(app=None) -> str:
    """The language installed by :func:`install_translators` or :func:`use_language_headless`
    (Swedish if none was)."""
    if app is None:
        qtcore = sys.modules.get("PySide6.QtCore")
        app = qtcore.QCoreApplication.instance() if qtcore else None
    if app is None:
        return "en" if _headless_translator is not None else SOURCE_LANGUAGE
    return getattr(app, "_po_language", SOURCE_LANGUAGE)


def local_decimal(text: str) -> str:
    """A number written with ``.`` (``"1.50"``) with the user's decimal sign: ``1,50`` in Swedish,
    ``1.50`` in English."""
    return text if current_language() == "en" else text.replace(".", ",")


def plural(n: int, one: str, many: str, **fields: object) -> str:
    """``one`` or ``many`` (both already through :func:`tr`) for the count ``n``, formatted with
    ``n`` and ``fields``: ``plural(k, tr("{n} träff"), tr("{n} träffar"))`` → "1 träff",
    "2 träffar" (English "1 match", "2 matches"). Swedish and English both use the singular for
    exactly one (also −1), the plural otherwise (0 träffar, 0 matches)."""
    text = one if abs(n) == 1 else many
    return text.format(n=n, **fields)


def relative_days(days: int) -> str:
    """A due date relative to today: "i dag", "i morgon", "om 3 dagar", "i går", "2 dagar sen"
    (``days`` = due − today)."""
    if days == 0:
        return tr("i dag")
    if days == 1:
        return tr("i morgon")
    if days == -1:
        return tr("i går")
    if days > 0:
        return plural(days, tr("om {n} dag"), tr("om {n} dagar"))
    return plural(-days, tr("{n} dag sen"), tr("{n} dagar sen"))


def days_left(days: int) -> str:
    """ "3 dagar kvar", "1 dag kvar", "sista dagen i dag", "2 dagar sedan" for a deadline."""
    if days == 0:
        return tr("sista dagen är i dag")
    if days > 0:
        return plural(days, tr("{n} dag kvar"), tr("{n} dagar kvar"))
    return plural(-days, tr("passerad för {n} dag sedan"), tr("passerad för {n} dagar sedan"))
