"""The vault's settings, declared once: name, type, default, bounds and parser.

Like Picard's ``options.py``: every setting the program keeps in the vault's ``settings`` table
is one :class:`Setting` below, and code reads and writes them only through :func:`get`,
:func:`put` and :func:`snapshot` (never ``vault.get_setting("…")`` with a literal). Reading is
tolerant (a missing or damaged value gives the default, a number out of range is clamped, so an
old or hand-edited vault still opens); writing is strict (a bad value is
:class:`~po_desktop.errors.RejectedInput` and nothing is stored).

Adding a setting = one declaration here (and its place in :data:`ALL`).

The module is a leaf: it imports neither SQLAlchemy nor Qt, so ``config`` and the start-up path
may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from po_desktop.domain import DEFAULT_PROFILE, locking
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr

if TYPE_CHECKING:
    from po_desktop.domain.categories import Profile

T = TypeVar("T")

MODE_OMBUD = "ombud"
MODE_COORDINATOR = "coordinator"
MODES = (MODE_OMBUD, MODE_COORDINATOR)


class SettingStore(Protocol):
    """What a vault offers this module (``storage.Vault``): raw JSON values by key."""

    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def settings(self) -> dict[str, Any]: ...

    def set_settings(self, values: dict[str, Any]) -> None: ...


class Setting(Generic[T]):
    """One vault setting. ``parse`` turns a raw value into ``T`` or raises ``ValueError``;
    ``low``/``high`` bound an integer setting (inclusive). Compared and hashed by identity (one
    object per setting); not a dataclass, so that importing this module stays cheap (config
    and the start-up path use it)."""

    __slots__ = ("default", "high", "key", "low", "parse")

    def __init__(
        self,
        key: str,
        default: T,
        parse: Callable[[Any], T],
        *,
        low: int | None = None,
        high: int | None = None,
    ) -> None:
        self.key = key
        self.default = default
        self.parse = parse
        self.low = low
        self.high = high

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"

    def check(self, raw: Any) -> T:
        """The strict parse for writing: :class:`RejectedInput` naming the setting."""
        try:
            value = self.parse(raw)
        except (TypeError, ValueError):
            raise RejectedInput(
                tr("Ogiltigt värde för {key}: {value}.").format(key=self.key, value=raw)
            ) from None
        if isinstance(value, int) and not self.in_bounds(value):
            raise RejectedInput(
                tr("Ogiltigt värde för {key}: {value}.").format(key=self.key, value=raw)
            )
        return value

    def read(self, raw: Any) -> T:
        """The tolerant parse for reading: default when missing or unreadable, clamped."""
        if raw is None:
            return self._default()
        try:
            value = self.parse(raw)
        except (TypeError, ValueError):
            return self._default()
        if isinstance(value, int) and not isinstance(value, bool):
            if self.low is not None and value < self.low:
                return self.parse(self.low)  # the bound, as a T
            if self.high is not None and value > self.high:
                return self.parse(self.high)
        return value

    def _default(self) -> T:
        return self.parse(self.default) if isinstance(self.default, list) else self.default

    def bounds(self) -> tuple[int, int]:
        """``(low, high)`` of an integer setting, for a spin box."""
        if self.low is None or self.high is None:
            raise TypeError(f"{self.key} has no bounds")
        return self.low, self.high

    def in_bounds(self, value: int) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


# --- parsers -----------------------------------------------------------------------------------


def _int(raw: Any) -> int:
    """An integer; a whole-number string (from a form) is accepted, a bool or float is not."""
    if isinstance(raw, bool) or isinstance(raw, float):
        raise ValueError(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().lstrip("+-").isdigit():
        return int(raw.strip())
    raise ValueError(raw)


def _str(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(raw)
    return raw


def _optional_str(raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    return _str(raw)


def _str_list(raw: Any) -> list[str]:
    if not isinstance(raw, (list, tuple)) or not all(isinstance(x, str) for x in raw):
        raise ValueError(raw)
    return list(raw)


def _mode(raw: Any) -> str:
    if raw not in MODES:
        raise ValueError(raw)
    return str(raw)


def _fte(raw: Any) -> str:
    """Full-time equivalents as stored: a decimal string ("1.50")."""
    from decimal import Decimal, InvalidOperation

    if isinstance(raw, bool):
        raise ValueError(raw)
    try:
        value = Decimal(str(raw).replace(",", "."))
    except InvalidOperation:
        raise ValueError(raw) from None
    if not value.is_finite() or value < 0:
        raise ValueError(raw)
    return str(raw)


def _half_year(raw: Any) -> str:
    """A half year as stored: ``"2026H1"`` / ``"2026H2"`` (NFKC, spaces and case forgiven)."""
    import re
    import unicodedata

    if not isinstance(raw, str):
        raise ValueError(raw)
    text = "".join(unicodedata.normalize("NFKC", raw).split()).upper()
    m = re.fullmatch(r"([1-9]\d{3})H([12])", text)
    if m is None:
        raise ValueError(raw)
    return f"{m.group(1)}H{m.group(2)}"


def _optional_half_year(raw: Any) -> str | None:
    return None if raw is None else _half_year(raw)


# --- the settings ------------------------------------------------------------------------------

UNIT_ID: Setting[str] = Setting("unit_id", "", _str)
UNIT_LABEL: Setting[str] = Setting("unit_label", "", _str)
MUNICIPALITIES: Setting[list[str]] = Setting("municipalities", [], _str_list)
FTE: Setting[str] = Setting("fte", "0", _fte)
MODE: Setting[str] = Setting("mode", MODE_OMBUD, _mode)
PROFILE: Setting[str] = Setting("profile", DEFAULT_PROFILE, _str)
#: Minutes without activity before the window locks (the Settings view and config.toml alike).
IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "idle_lock_minutes",
    locking.IDLE_LOCK_DEFAULT_MINUTES,
    _int,
    low=locking.IDLE_LOCK_MIN_MINUTES,
    high=locking.IDLE_LOCK_MAX_MINUTES,
)
#: Days a closed assignment keeps its notes and follow-ups before the purge (0: at once).
RETENTION_DAYS: Setting[int] = Setting("retention_days", 0, _int, low=0, high=3650)
#: Coordinator: days after a period's end by which a unit's bundle counts as on time.
HAND_IN_DAYS: Setting[int] = Setting("hand_in_days", 20, _int, low=0, high=365)
#: The unit's own form definitions (``None``: the built-in or configured ones).
FORMS_FOLDER: Setting[str | None] = Setting("forms_folder", None, _optional_str)
#: Coordinator economy: the municipality applying for the statsbidrag (one of the municipalities).
ECONOMY_APPLICANT: Setting[str | None] = Setting("economy_applicant", None, _optional_str)
#: Coordinator economy: the ledningsgrupp's parties, printed on the grant application.
LEDNINGSGRUPP_PARTIES: Setting[list[str]] = Setting("ledningsgrupp_parties", [], _str_list)
#: Coordinator economy: parties that pay a part but are not municipalities (a samordningsförbund).
ECONOMY_OTHER_PARTIES: Setting[list[str]] = Setting("economy_other_parties", [], _str_list)
#: Ombud vault: the half year statistics are recorded from ("statistik förs från", ``2026H1``);
#: set at creation to the creation half year, ``None`` in a vault made before it existed (then
#: derived: ``services.recording.statistics_since``). Earlier periods are "ej rapporterat".
STATISTICS_SINCE: Setting[str | None] = Setting("statistics_since", None, _optional_half_year)

ALL: tuple[Setting[Any], ...] = (
    UNIT_ID,
    UNIT_LABEL,
    MUNICIPALITIES,
    FTE,
    MODE,
    PROFILE,
    IDLE_LOCK_MINUTES,
    RETENTION_DAYS,
    HAND_IN_DAYS,
    FORMS_FOLDER,
    ECONOMY_APPLICANT,
    LEDNINGSGRUPP_PARTIES,
    ECONOMY_OTHER_PARTIES,
    STATISTICS_SINCE,
)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in ALL}

#: What a new vault starts with (the unit's own values and the mode are added by the caller).
NEW_VAULT_DEFAULTS: tuple[Setting[Any], ...] = (
    RETENTION_DAYS,
    IDLE_LOCK_MINUTES,
    PROFILE,
    HAND_IN_DAYS,
)


# --- reading and writing -----------------------------------------------------------------------


def get(vault: SettingStore, setting: Setting[T]) -> T:
    """The value of one setting (the default when missing or unreadable)."""
    return setting.read(vault.get_setting(setting.key))


def snapshot(vault: SettingStore) -> dict[str, Any]:
    """Every declared setting's value, read in one go (key -> typed value)."""
    raw = vault.settings()
    return {s.key: s.read(raw.get(s.key)) for s in ALL}


def put(vault: SettingStore, values: Mapping[Setting[Any], Any]) -> None:
    """Check every value strictly, then store them together (nothing is stored on a bad one)."""
    checked = {s.key: s.check(v) for s, v in values.items()}
    vault.set_settings(checked)


def defaults(settings: tuple[Setting[Any], ...] = NEW_VAULT_DEFAULTS) -> dict[str, Any]:
    """Raw default values by key (for a new vault)."""
    return {s.key: s.default for s in settings}


def vault_profile(vault: SettingStore) -> Profile:
    """The statistics profile the vault records under (its ``profile`` setting). A name this
    program does not know is :class:`RejectedInput` (the vault came from a newer version)."""
    from po_desktop.domain.categories import load_profile

    name = get(vault, PROFILE) or DEFAULT_PROFILE
    try:
        return load_profile(name)
    except KeyError:
        raise RejectedInput(
            tr("Valvets statistikprofil {name} finns inte i programmet.").format(name=name)
        ) from None


def is_coordinator(vault: SettingStore) -> bool:
    return get(vault, MODE) == MODE_COORDINATOR


__all__ = [
    "ALL",
    "BY_KEY",
    "ECONOMY_APPLICANT",
    "ECONOMY_OTHER_PARTIES",
    "LEDNINGSGRUPP_PARTIES",
    "FORMS_FOLDER",
    "FTE",
    "HAND_IN_DAYS",
    "IDLE_LOCK_MINUTES",
    "MODE",
    "MODE_COORDINATOR",
    "MODE_OMBUD",
    "MUNICIPALITIES",
    "PROFILE",
    "RETENTION_DAYS",
    "STATISTICS_SINCE",
    "UNIT_ID",
    "UNIT_LABEL",
    "Setting",
    "SettingStore",
    "defaults",
    "get",
    "is_coordinator",
    "put",
    "snapshot",
    "vault_profile",
]
