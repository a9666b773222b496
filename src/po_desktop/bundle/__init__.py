"""The statistics bundle file format (statistics.md §4). See :mod:`.format`."""

from po_desktop.bundle.format import (
    FORMAT,
    FORMAT_VERSION,
    SUFFIX,
    Bundle,
    BundleRejected,
    build_bundle,
    bundle_bytes,
    canonical_json,
    digest,
    load_and_validate,
    schema,
    write_bundle_atomic,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "SUFFIX",
    "Bundle",
    "BundleRejected",
    "build_bundle",
    "bundle_bytes",
    "canonical_json",
    "digest",
    "load_and_validate",
    "schema",
    "write_bundle_atomic",
]
