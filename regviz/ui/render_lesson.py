"""`regviz render-lesson`: a lesson played exactly as Next plays it — the real window, offscreen, training what
each step trains — with one PNG per step and an index.html of the pictures beside their texts: slides and
handouts for a teacher who cannot run the app in class, and the project's own look at every step. ``lang``: the
window's and the handout's language (``ui.language.install``; None: the one installed, else the system's)."""
from __future__ import annotations

import html
import os
import re
import tempfile
import time
from pathlib import Path

STEP_TIMEOUT = 900.0  # seconds one step may train (FGSM's two MNIST nets on a slow laptop)
SIDES = (200, 8000)  # pixels a side may have: Qt crashed on a 99999-pixel window; 8000 is beyond any projector


class RenderError(RuntimeError):
    """A lesson that could not be rendered (it failed to load, or a step's training failed or timed out)."""


class RenderStopped(Exception):
    """``stop()`` said so (SIGINT/SIGTERM, caught by the CLI): raised from any wait, so a render stops within a
    moment even while the engine starts or a step trains; the PNGs already saved stay (each is whole)."""


def _never() -> bool:
    return False


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48] or "step"


def render(lessons_to_render: list, out: Path, size: tuple[int, int] = (1280, 720), theme: str = "light",
           presentation: bool = False, progress=print, written: list[Path] | None = None,
           stop=_never, language: str | None = None) -> list[Path]:
    """Render each lesson (core.content.lessons.Lesson) into ``out`` (one folder per lesson when there are
    several) and return the PNGs written (also appended to ``written`` as they land: an interrupted render knows
    what it wrote). ``stop()`` true ends it with RenderStopped at its next wait. A folder is made only when its
    first PNG is saved: a render stopped before then leaves none. ``language``: the window's (and so the shipped
    lessons' words; default: the first lesson's). Needs no display: QT_QPA_PLATFORM defaults to offscreen here."""
    if not all(SIDES[0] <= side <= SIDES[1] for side in size):
        raise RenderError(f"size {size[0]}x{size[1]}: each side must be {SIDES[0]} … {SIDES[1]} pixels")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from . import appearance
    from . import language as window_language
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(["regviz"])
    if language is not None:
        window_language.install(app, language)  # the window keeps it: its fresh settings name no language
    written = [] if written is None else written
    language = language or (lessons_to_render[0].language if lessons_to_render else window_language.current())
    before = QLocale()
    QLocale.setDefault(QLocale(language))  # the lesson player shows a lesson in the window's language
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(settings=QSettings(str(Path(tmp) / "render.ini"), QSettings.Format.IniFormat))
        try:
            window.set_theme(theme)
            window.resize(*size)
            window.show()
            window.start()
            _wait(app, lambda: window.state.last_record is not None, 120, "the training engine to start", stop)
            if presentation:  # the projector's scale, at exactly the size asked for (not the offscreen "screen")
                window.menus.presentation_action.setChecked(True)
                appearance.apply(window, theme, appearance.PRESENTATION_SCALE)
            window.resize(*size)
            pages = []
            for lesson in lessons_to_render:
                folder = out / lesson.name if len(lessons_to_render) > 1 else out
                shots = _render_one(app, window, lesson, folder, size, progress, written, stop)
                pages.append((lesson, shots))
            _write_index(out, pages, size, theme, presentation, language)
        finally:
            window.close()
            QLocale.setDefault(before)
    return written


def _render_one(app, window, lesson, folder: Path, size, progress, written: list[Path],
                stop=_never) -> list[tuple]:
    """(step number, PNG, the step's text as shown, what the slide predicts or reveals) for every slide: one per
    step, two for a prediction step (its question with the answers — a core.content.predict.Predict — before it
    trains; its reveal with the run's numbers — a ClassPrediction). Each PNG lands in ``written`` once saved."""
    player, stage = window.lessons, window.stage  # played as Next plays it, shown as the stage shows it
    flow = stage.prediction
    player.open(lesson)
    shots = []
    for index, step in enumerate(lesson.steps):
        if index:
            player.go(index)
        started = time.monotonic()
        name = f"{index + 1:02d}-{slug(step.title)}"
        if step.predict is not None:
            shots.append((index + 1, _shoot(app, window, folder / f"{name}-question.png", size, written, stop),
                          "", step.predict))
            flow.skip()  # render-lesson has no class: the run answers (a step that trains nothing: as it stands)
        _wait(app, lambda: window.state.engine.state in ("paused", "ended") and not window.state.engine.training_for,
              STEP_TIMEOUT, f"step {index + 1} to finish training", stop)
        if window.state.engine.state == "ended":
            raise RenderError(f"lesson {lesson.name}, step {index + 1}: training stopped (see the status bar: "
                              f"{window.statusBar().currentMessage()})")
        _wait_for_answers(app, window, step.tab, stop)
        revealed = None
        if step.predict is not None:
            _wait(app, lambda: flow.open is not None and flow.open.result is not None, 300, "the reveal", stop)
            revealed = flow.open.result
            name += "-reveal"
        path = _shoot(app, window, folder / f"{name}.png", size, written, stop)
        shots.append((index + 1, path, stage.shown_text(), revealed))
        cut = "" if stage.fits() else " — its text does not fit: it scrolls or is cut"
        progress(f"{lesson.name} step {index + 1}/{len(lesson.steps)} ({time.monotonic() - started:.1f} s): "
                 f"{path}{cut}")
    player.close()
    return shots


def _shoot(app, window, path: Path, size, written: list[Path], stop=_never) -> Path:
    """The window at the projector's size as ``path`` (its folder made with the first PNG, none before)."""
    from ..core.content.user_files import replacing

    for _ in range(2):  # docks shown or hidden by the step may have grown the window: the projector's size
        window.resize(*size)
        _settle(app, stop=stop)
    window.refresh_plots(all_plots=True)
    _settle(app, stop=stop)
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as tmp:
        if not window.grab().save(str(tmp), "PNG"):
            raise RenderError(f"{path}: the image could not be written")
    written.append(path)
    return path


def _question_html(block) -> str:
    """The question slide's caption: "Predict:", the question and its numbered answers, every text escaped."""
    from PySide6.QtCore import QCoreApplication

    answers = "".join(f"<li>{html.escape(a.text)}</li>" for a in block.answers)
    return QCoreApplication.translate("render", "<p><b>Predict:</b> {question}</p>").format(
        question=html.escape(block.question)) + f"<ol>{answers}</ol>"


def _reveal_html(result) -> str:
    """The reveal slide's caption: each answer, true or false, with the numbers that decided it (escaped)."""
    from PySide6.QtCore import QCoreApplication

    from .prediction import reveal_text
    from .translated import translated

    def verdict(holds) -> str:
        return QCoreApplication.translate("render", "true") if holds else QCoreApplication.translate(
            "render", "false") if holds is False else QCoreApplication.translate("render", "not measured")

    rows = "".join(f"<li>{html.escape(text)}: {verdict(holds)} — {html.escape(translated(numbers))}</li>"
                   for text, holds, numbers in zip(result.answers, result.holds, result.numbers))
    return (QCoreApplication.translate("render", "<p><b>Revealed:</b> {question}</p>").format(
        question=html.escape(result.question)) + f"<ol>{rows}</ol><p>{html.escape(reveal_text(result))}</p>")


def _wait_for_answers(app, window, tab: str, stop=_never) -> None:
    """What a tab shows after training arrives as answers to questions: wait for them."""
    if tab in ("fgsm", "augmentation"):
        _wait(app, lambda: window.stage.settled(tab), 300, f"the {tab} tab's results", stop)
    elif tab == "worked":
        _settle(app, stop=stop)


def _settle(app, seconds: float = 0.3, stop=_never) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if stop():
            raise RenderStopped
        _events(app)
        time.sleep(0.01)


def _events(app) -> None:
    """What a turn of the app's event loop does, deferred deletes included (``processEvents`` alone never carries
    out a ``deleteLater``: widgets a step replaced would live on beside the new ones)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait(app, condition, seconds: float, what: str, stop=_never) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if stop():
            raise RenderStopped
        if time.monotonic() > end:
            raise RenderError(f"timed out after {seconds:.0f} s waiting for {what}")
        _events(app)
        time.sleep(0.01)


def _write_index(out: Path, pages, size, theme: str, presentation: bool, language: str = "en") -> None:
    """The handout: titles escaped, each step's text as the lesson sanitiser writes it (the markup the window
    shows, no script, no attribute but a span's colour class and a link's https:// address)."""
    from PySide6.QtCore import QCoreApplication

    from ..core.content import markup
    from ..core.content.user_files import write_atomic
    from .lesson_colours import stylesheet

    translate = QCoreApplication.translate
    rendered = translate("render", "Rendered by <code>regviz render-lesson</code> at {width}×{height}, {theme} "
                                   "theme, presentation mode.") if presentation else \
        translate("render", "Rendered by <code>regviz render-lesson</code> at {width}×{height}, {theme} theme.")
    heading_title = translate("render", "regviz lessons")
    parts = [f"<!doctype html><html lang='{html.escape(language if language != 'pseudo' else 'en')}'><meta charset='utf-8'>"
             f"<title>{heading_title}</title>"
             "<style>body{font-family:sans-serif;max-width:1400px;margin:auto;background:#fff;color:#000}"
             "figure{margin:2em 0}img{max-width:100%;border:1px solid #999}figcaption{font-size:1.1em}"
             f"{stylesheet(dark=False)}</style>",
             f"<p>{rendered.format(width=size[0], height=size[1], theme=html.escape(theme))}</p>"]
    for lesson, shots in pages:
        parts.append(f"<h1>{html.escape(lesson.title)}</h1>")
        for number, shot, text, predicted in shots:
            source = html.escape(shot.relative_to(out).as_posix())
            title = html.escape(lesson.steps[number - 1].title)
            above = "" if predicted is None else _reveal_html(predicted) if hasattr(predicted, "holds") else \
                _question_html(predicted)
            heading = translate("render", "Step {number}: {title}").format(number=number, title=title)
            parts.append(f"<figure><h2>{heading}</h2><img src='{source}' alt='{title}'>"
                         f"<figcaption>{above}{markup.clean(text)}</figcaption></figure>")
    write_atomic(out / "index.html", "\n".join(parts) + "\n")
