"""Pure rules (no Qt, no SQL). ``DEFAULT_PROFILE`` lives here so that the settings module can
name it without loading the profile machinery (start-up time)."""

DEFAULT_PROFILE = "default-2026"
