"""The PySide6 desktop application: a thin layer over `kb` and `search`."""

from desktop.pyside_tuning import skip_feature_source_scan

skip_feature_source_scan()  # before any other module loads (see desktop/pyside_tuning.py)
