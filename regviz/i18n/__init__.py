"""The window's translations, regviz_<lang>.qm, built from i18n/*_<lang>.ts by `make` (tools/translations.py
release) and read by regviz.ui.language; a data package so installs and the bundle carry them."""
