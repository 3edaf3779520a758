"""The PySide6 desktop application: a thin layer over `kb` and `search`."""
