"""Legible on the real screen: the window in a real X server (Xvfb + xcb, DejaVu Sans at 96 DPI, no window
manager), every tab and every lesson step at projector sizes, normal and presentation type, light and dark,
checked for what a class at the back of the room cannot read (tests/ui/screen_checks.py: text boxes that scroll,
cut text, sliders without travel, squashed plots, legend entries that look alike, colours below WCAG contrast).

Runs in its own ``xvfb-run`` step of ``make test`` (marker ``realscreen``); offscreen it skips, and in CI
(CI=true) it fails instead: a missing Xvfb must not turn the check off. Writes a contact sheet of every screen
it checked (CONTACT_SHEET) and prints its path. Known failures are listed in KNOWN (kind, screen prefix): the
test prints them with their counts (and any listed one it no longer meets), and fails on any other problem."""
from __future__ import annotations

import collections
import fnmatch
import os
import time
from pathlib import Path

import pytest

from screen_checks import KINDS, all_problems, screen_geometry
from test_layout import _problems as layout_problems, _projector

# About 2 minutes on two idle cores, the lessons' training most of it; at a load of 13 on two cores it took 15.
pytestmark = [pytest.mark.realscreen, pytest.mark.timeout(1800)]

FONT, POINT_SIZE, DPI = "DejaVu Sans", 9, 96
OUT = Path(__file__).resolve().parents[2] / "build" / "real-screen"
CONTACT_SHEET = OUT / "contact-sheet.png"
THUMB_WIDTH = 320
SETTLE_ROUNDS = 25  # at most a second of paints before a screen is checked as it is
TAB_CASES = [((1024, 768), False), ((1280, 720), False), ((1024, 768), True), ((1280, 720), True)]
# Every lesson step at both sizes, normal and presentation type, in the light theme, and on the projector's case
# (1280x720, presentation) in the dark theme too: the theme changes colours (the tab walk checks every tab in both
# themes at every size), the type and the size change the layout.
LESSON_CASES = [((1280, 720), True, "light"), ((1024, 768), True, "light"), ((1280, 720), False, "light"),
                ((1024, 768), False, "light"), ((1280, 720), True, "dark")]
# A question (a prediction step before the class has answered) is checked in these cases before its step trains.
QUESTION_CASES = [((1280, 720), True, "light"), ((1024, 768), True, "light"), ((1024, 768), False, "light")]
# Then each step's words in every other language (the whole window switched, as View ▸ Language does; nothing
# retrained) in the two cases a class meets most: the projector's and the laptop's.
LANGUAGES = ("en", "de", "es", "fr")
LANGUAGE_CASES = [((1280, 720), True, "light"), ((1024, 768), False, "light")]

# (kind, screen, problem) as fnmatch patterns: problems known and not yet fixed (issue 21), printed with their
# counts on every run.
# Lesson 8 step 7's Loss and Accuracy at 134 px in one CI run of four (session 38) was the last entry: not met in
# the four fresh-clone runs (and the local walks) since the stage checks the plots again after the tab area's last
# resize (stage.RECHECK_MS).
KNOWN: set[tuple[str, str, str]] = set()

_sheet: list[tuple[str, object]] = []  # (screen name, thumbnail QImage), in the order checked


@pytest.fixture
def real_window(qtbot, settings):
    """The window on the real X server, in the named font and DPI."""
    from PySide6.QtGui import QFont, QFontInfo, QGuiApplication
    from PySide6.QtWidgets import QApplication

    platform = QGuiApplication.platformName()
    if platform != "xcb":
        message = (f"the real-screen test needs an X server (QT_QPA_PLATFORM=xcb under xvfb-run; the platform is "
                   f"{platform!r}): install xvfb (see .ci/run)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    app = QApplication.instance()
    app.setFont(QFont(FONT, POINT_SIZE))
    assert QFontInfo(app.font()).family() == FONT, f"{FONT} is not installed (Debian: fonts-dejavu-core)"
    screen = QGuiApplication.primaryScreen()
    assert round(screen.logicalDotsPerInch()) == DPI, (f"the X server's DPI is {screen.logicalDotsPerInch()}: "
                                                       "run it as make test does (Xvfb -dpi 96, QT_FONT_DPI=96)")
    from regviz.ui.main_window import MainWindow

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.move(0, 0)
    w.show()
    qtbot.waitExposed(w)
    w.start()
    qtbot.waitUntil(lambda: w.state.last_record is not None, timeout=60000)
    yield w
    w.close()


def _case_name(size, presentation, theme) -> str:
    return f"{size[0]}x{size[1]}{' presentation' if presentation else ''} {theme}"


def _settle(qtbot, window) -> None:
    """The screen as the class sees it: the plots redrawn, then painted until two paints agree on every text box
    and every plot's data area, range and text (a tab shown for the first time takes a few event-loop rounds to lay
    out its plots: after a fixed 120 ms, a CI run under load read a confusion matrix's numbers and six hints
    outside data areas they fit in)."""
    qtbot.wait(60)
    window.refresh_plots(all_plots=True)
    last = None
    for _ in range(SETTLE_ROUNDS):
        qtbot.wait(30)
        window.grab()  # a paint: pyqtgraph applies pending auto ranges and text transforms as it paints
        now = screen_geometry(window)
        if now == last:
            break
        last = now


def _check(window, qtbot, screen: str, size) -> list[tuple[str, str, str]]:
    """Every problem on the screen as shown, and its thumbnail for the contact sheet."""
    from PySide6.QtCore import Qt

    _settle(qtbot, window)
    found = [(kind, screen, text) for kind, text in all_problems(window)]
    found += [("layout", screen, text.split(": ", 1)[-1])
              for text in layout_problems(window, qtbot, screen, size)] if hasattr(
        window.tabs.currentWidget(), "key_widgets") else []
    if (window.width(), window.height()) != tuple(size):
        found.append(("layout", screen, f"the window is {window.width()}×{window.height()}, not {size}"))
    shot = window.grab().toImage()
    if os.environ.get("REGVIZ_REAL_SHOTS"):  # a developer's full-size screenshots, one per screen
        shot.save(str(Path(os.environ["REGVIZ_REAL_SHOTS"]) / (screen.replace(" ", "-") + ".png")))
    _sheet.append((screen, shot.scaledToWidth(THUMB_WIDTH, Qt.TransformationMode.SmoothTransformation)))
    return found


def _write_sheet(capsys) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    columns = 6
    caption = 18
    cell_h = max(image.height() for _, image in _sheet) + caption + 6
    rows = (len(_sheet) + columns - 1) // columns
    sheet = QImage((THUMB_WIDTH + 6) * columns, cell_h * rows, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    painter.setFont(QFont(FONT, 8))
    for k, (name, image) in enumerate(_sheet):
        x, y = (k % columns) * (THUMB_WIDTH + 6) + 3, (k // columns) * cell_h + 3
        painter.fillRect(QRect(x, y, THUMB_WIDTH, caption), QColor("#ffffff"))
        painter.setPen(QColor("#000000"))
        painter.drawText(QRect(x + 3, y, THUMB_WIDTH - 6, caption), Qt.AlignmentFlag.AlignVCenter, name)
        painter.drawImage(x, y + caption, image)
    painter.end()
    OUT.mkdir(parents=True, exist_ok=True)
    sheet.save(str(CONTACT_SHEET))
    with capsys.disabled():
        print(f"\nreal-screen contact sheet ({len(_sheet)} screens): {CONTACT_SHEET}")


def _verdict(found: list[tuple[str, str, str]], capsys, what: str, scope: str, started: float) -> None:
    """Print what was found per kind and the known failures, and the KNOWN entries of this walk that matched
    nothing (fixed, or not met this run: take them off the list once they stay away); fail on anything else."""
    def known(problem):
        return next((k for k in KNOWN if k[0] == problem[0] and fnmatch.fnmatchcase(problem[1], k[1])
                     and fnmatch.fnmatchcase(problem[2], k[2])), None)

    counts = collections.Counter(kind for kind, _, _ in found)
    matched = collections.Counter(known(p) for p in found)
    unexpected = [p for p in found if known(p) is None]
    stale = sorted(k for k in KNOWN if k[1].startswith(scope) and not matched[k])
    _write_sheet(capsys)
    with capsys.disabled():
        print(f"{what}: {len(found)} problems in {time.monotonic() - started:.0f} s — "
              + (", ".join(f"{kind} {counts[kind]}" for kind in KINDS if counts[kind]) or "none"))
        print(f"  known and listed (KNOWN, xfail): {len(found) - len(unexpected)}")
        for entry in sorted(k for k in matched if k is not None):
            print(f"    {matched[entry]:4d} × [{entry[0]}] {entry[1]}: {entry[2]}")
        for entry in stale:
            print(f"  listed in KNOWN but not found this run: {entry}")
    lines = [f"[{kind}] {screen}: {text}" for kind, screen, text in unexpected]
    assert not lines, f"{len(unexpected)} problems on the real screen:\n" + "\n".join(lines)


def test_every_tab_on_a_real_screen(real_window, qtbot, capsys):
    window = real_window
    started = time.monotonic()
    window.state.train_for(300)
    qtbot.waitUntil(lambda: not window.state.engine.training_for and window.state.step >= 300, timeout=120000)
    found = []
    for theme in ("light", "dark"):
        window.set_theme(theme)
        for size, presentation in TAB_CASES:
            _projector(window, size, presentation)
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                window.resize(*size)
                screen = f"tab {window.tabs.tabText(index)} at {_case_name(size, presentation, theme)}"
                found += _check(window, qtbot, screen, size)
            _projector(window, size, False)
            from regviz.ui import appearance

            appearance.apply(window, theme, 1.0)
            window.fit_controls()  # as the window leaves presentation type (set_presentation), and the lesson walk
    _verdict(found, capsys, "tabs", "tab ", started)


def _check_cases(window, qtbot, cases, what: str, language: str = "") -> list[tuple[str, str, str]]:
    """``what`` checked in each (size, presentation, theme) of ``cases``, back to normal type and the light theme
    after each (as the window leaves presentation type); the screens named with ``language`` when given."""
    from regviz.ui import appearance

    found = []
    for size, presentation, theme in cases:
        if window.theme != theme:
            window.set_theme(theme)
        _projector(window, size, presentation)
        window.resize(*size)
        found += _check(window, qtbot, f"{what} at {_case_name(size, presentation, theme)}"
                        + (f" {language}" if language else ""), size)
        appearance.apply(window, window.theme, 1.0)
        window.fit_controls()
    if window.theme != "light":
        window.set_theme("light")
    return found


def _wait_for_step(window, qtbot, tab: str) -> None:
    """The step's training done, and what its tab shows after training (answers to questions) arrived."""
    engine = window.state.engine
    flow = window.stage.prediction
    if flow.open is not None and not flow.open.started:  # a prediction step waits for the class: skip it, it trains
        flow.skip()
    qtbot.waitUntil(lambda: not engine.training_for and engine.state in ("paused", "ended"), timeout=600000)
    assert engine.state == "paused", window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.stage.settled(tab), timeout=300000)


def _speak(window, language: str) -> None:
    """The window's language as View ▸ Language sets it (its translators and the default locale; Qt sends
    LanguageChange): the lesson shows the step's words in it, nothing retrained."""
    from PySide6.QtWidgets import QApplication
    from regviz.ui import language as window_language

    window_language.install(QApplication.instance(), language)


def test_every_lesson_step_on_a_real_screen(real_window, qtbot, capsys):
    """Each lesson played once, as Next plays it (training what each step trains); each step checked in every
    case of LESSON_CASES before the next step, in English and then with its words in every other language
    (screens named with the language: "… light de")."""
    from regviz.core.content import lessons

    window = real_window
    started = time.monotonic()
    translating = 0.0  # seconds the other languages' checks add to the walk
    found = []
    only = [n for n in os.environ.get("REGVIZ_REAL_LESSONS", "").split(",") if n]  # a developer's subset
    for name in [n for n in lessons.names() if not only or n in only]:
        lesson = lessons.load(name)
        window.lessons.open(lesson)
        for index, step in enumerate(lesson.steps):
            window.lessons.go(index)
            flow = window.stage.prediction
            if flow.open is not None and not flow.open.started:  # the question, as the class sees it before it trains
                found += _check_cases(window, qtbot, QUESTION_CASES, f"lesson {name} step {index + 1} question")
            _wait_for_step(window, qtbot, step.tab)
            found += _check_cases(window, qtbot, LESSON_CASES, f"lesson {name} step {index + 1}")
            began = time.monotonic()
            for language in LANGUAGES[1:]:
                _speak(window, language)
                found += _check_cases(window, qtbot, LANGUAGE_CASES, f"lesson {name} step {index + 1}", language)
            _speak(window, "en")
            translating += time.monotonic() - began
        window.lessons.close()
    with capsys.disabled():
        print(f"\nlesson words in {', '.join(LANGUAGES[1:])}: {translating:.0f} s of the walk")
    _verdict(found, capsys, "lessons", "lesson ", started)
