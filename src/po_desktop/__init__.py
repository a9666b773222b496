"""po-desktop: an offline-first, encrypted work tool for Swedish personligt ombud."""

__version__ = "0.1.0"
