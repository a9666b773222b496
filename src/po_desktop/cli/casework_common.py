"""What the casework command modules share: the ombud vault, category labels, dates as text,
and the services loaded on first use (``po-desktop --help`` and the window start import none)."""

from __future__ import annotations

from po_desktop.lazy import lazy_import

TYPE_CHECKING = False  # start-up: see po_desktop.cli
if TYPE_CHECKING:
    from po_desktop.domain import categories
    from po_desktop.services import casework as cw
    from po_desktop.services import system_failure_fields as sf_fields
else:  # loaded when a command runs, not when the parser is built (fast --help, window start)
    cw = lazy_import("po_desktop.services.casework")
    sf_fields = lazy_import("po_desktop.services.system_failure_fields")
    categories = lazy_import("po_desktop.domain.categories")


def ombud_vault(ctx):
    """The unlocked vault of the command; refused (exit 4) unless it is an ombud vault."""
    vault = ctx.vault()
    ctx.require_mode("ombud")
    return vault


def code_label(list_name: str, code: str | None) -> str:
    """A category code as the profile names it ("" for none)."""
    return categories.default_profile().label(list_name, code) if code else ""


def day_text(value) -> str:
    """A date as printed: ISO, or – for none."""
    return value.isoformat() if value else "–"


__all__ = ["categories", "code_label", "cw", "day_text", "ombud_vault", "sf_fields"]
