# Two commands set up everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

PKG_VENV := .venv-package
# Where the packaging venv takes torch from. Empty: PyPI (a CUDA build on Linux, ~4 GB bundle). For a far smaller
# bundle: make package TORCH_INDEX=https://download.pytorch.org/whl/cpu
TORCH_INDEX ?=

.PHONY: run test test-fast test-screen bench package package-venv package-test translations clean

# Translations: Qt's .qm files, built from the .ts sources in i18n/ into the package (git-ignored), so the editable
# install, `pip install .` and the bundle all carry them (tools/translations.py; README, Languages).
LANGS := de es fr pseudo
QM    := $(LANGS:%=regviz/i18n/regviz_%.qm)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project's dependencies change.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

.SECONDEXPANSION:
$(QM): regviz/i18n/regviz_%.qm: $$(wildcard i18n/*_$$*.ts) | $(STAMP)
	$(BIN)/python tools/translations.py release $*

translations: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/regviz

# The real-X tests: the layout (tests/ui/test_real_screen.py) and the AT-SPI tree (tests/ui/test_atspi.py, about
# 25 s: the app in its own D-Bus session, read by Debian's python3-pyatspi). A real X server (Xvfb, xcb) at 96 DPI,
# a screen big enough for every projector size the layout test sets. Without xvfb-run it runs offscreen, where it skips (fails when CI=true).
XVFB := $(shell command -v xvfb-run >/dev/null && echo 'xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96"')
REALSCREEN := $(XVFB) env QT_QPA_PLATFORM=$(if $(XVFB),xcb,offscreen) QT_FONT_DPI=96

# Everything, the slow effect tests included: what CI runs. Beside the quick suite run the claims (CPU-bound, one
# torch thread) and after them the real-X tests (in their own X server; they measure layout, not time); then the slow
# GUI tests run alone, because they time the event loop and must not share a core. Two cores: about 14 minutes.
test: $(STAMP) $(QM)
	@dir=$$(mktemp -d); \
	{ QT_QPA_PLATFORM=offscreen REGVIZ_TORCH_THREADS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/claims \
		> $$dir/claims.log 2>&1; echo $$? > $$dir/claims.rc; \
	  $(REALSCREEN) $(BIN)/python -m pytest -q -p no:cacheprovider -m realscreen tests/ui/test_real_screen.py tests/ui/test_pseudo_locale.py \
		tests/ui/test_atspi.py > $$dir/real.log 2>&1; echo $$? > $$dir/real.rc; } & beside=$$!; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --ignore=tests/claims -m "not slow and not realscreen"; \
		quick=$$?; \
	wait $$beside; echo "--- tests/claims:"; cat $$dir/claims.log; claimed=$$(cat $$dir/claims.rc); \
	echo "--- tests/ui/test_real_screen.py, test_pseudo_locale.py, test_atspi.py:"; cat $$dir/real.log; real=$$(cat $$dir/real.rc); \
	rm -rf $$dir; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --ignore=tests/claims -m "slow and not realscreen"; slow=$$?; \
	test $$quick -eq 0 -a $$claimed -eq 0 -a $$slow -eq 0 -a $$real -eq 0

# Skips the tests marked slow (real trainings that check an effect on several seeds) and the real-X one: for the
# edit-test loop.
test-fast: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow and not realscreen"

# The real-X tests alone (layout and AT-SPI); the layout's contact sheet is build/real-screen/contact-sheet.png.
test-screen: $(STAMP) $(QM)
	$(REALSCREEN) $(BIN)/python -m pytest -q -p no:cacheprovider -m realscreen tests/ui/test_real_screen.py tests/ui/test_pseudo_locale.py tests/ui/test_atspi.py

bench: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_engine.py
	$(BIN)/python tests/benchmarks/bench_cli.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_launch.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_gui.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_gui.py --tab network --rss-steps 10000
	$(BIN)/python tests/benchmarks/bench_race.py
	$(BIN)/python tests/benchmarks/bench_sweep.py
	$(BIN)/python tests/benchmarks/bench_lessons.py

# Installers: a dedicated venv with regviz installed non-editable, PyInstaller, then packaging/build.py.
$(PKG_VENV)/.installed: pyproject.toml | $(QM)
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --upgrade pip
	if [ -n "$(TORCH_INDEX)" ]; then $(PKG_VENV)/bin/python -m pip install --quiet --index-url "$(TORCH_INDEX)" torch torchvision; fi
	$(PKG_VENV)/bin/python -m pip install --quiet . pyinstaller
	touch $@

package-venv: $(PKG_VENV)/.installed

package: $(PKG_VENV)/.installed $(QM)
	$(PKG_VENV)/bin/python -m pip install --quiet --no-deps --force-reinstall .
	$(PKG_VENV)/bin/python packaging/build.py all

# The full build, then the bundle's self-test with a cleared environment and the .deb's contents (minutes).
package-test: package
	$(PKG_VENV)/bin/python packaging/build.py check

clean:
	rm -rf $(VENV) $(PKG_VENV) build dist *.egg-info $(QM)
