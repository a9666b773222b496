"""The views of the main window; each is a :class:`~po_desktop.gui.views.base.View`."""
