"""The lesson panel shows untrusted text: it loads no resource, follows no link (an https link opens in the system
browser only after the user saw the address and said yes), shows titles and file names as plain text, and draws
the span classes in colours that read in both themes."""
import json
import os

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from regviz.core.content import lessons, markup
from regviz.core.content.lessons import Lesson, Step
from regviz.ui import appearance, lesson_colours
from regviz.ui.panels.lesson import LessonPanel


@pytest.fixture
def panel(qtbot):
    host = QWidget()  # appearance.apply restyles a window's children: the panel's host stands in for the window
    panel = LessonPanel(host)
    host.resize(500, 600)
    panel.resize(500, 600)
    qtbot.addWidget(host)
    host.show()
    yield panel
    appearance.apply(host, "light")  # the application palette is global: leave the default theme


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl recorded, never run: no browser opens during the tests."""
    calls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url.toString()) or True)
    return calls


@pytest.fixture
def answer(monkeypatch):
    """The link question's box, answered without showing it; records what it said."""
    asked = []
    reply = {"button": QMessageBox.StandardButton.Open}

    def exec_(box):
        asked.append((box.text(), box.textFormat()))
        return reply["button"]

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked, reply


def _lesson(text, title="Step one", lesson_title="Mine"):
    return Lesson("mine", lesson_title, "", (Step(title, text, "overfit-2d"),))


def _fragments(view):
    doc, out = view.document(), []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            out.append(it.fragment())
            it += 1
        block = block.next()
    return out


def _click(qtbot, view, text):
    found = view.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(view.document())
    cursor.setPosition(found.selectionStart() + len(text) // 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())


def test_the_text_view_loads_no_resource(panel, tmp_path):
    png = tmp_path / "x.png"
    Image.new("RGB", (8, 8), "red").save(png)
    for url in (QUrl.fromLocalFile(str(png)), QUrl.fromLocalFile("/etc/passwd"), QUrl("data:text/plain,hello"),
                QUrl("https://example.org/x.png")):
        assert panel.text.loadResource(int(QTextDocument.ResourceType.ImageResource), url) is None
        # The document's own fallback would read a local file or a data: URL.
        assert panel.text.document().resource(QTextDocument.ResourceType.ImageResource, url) is None, url


def test_a_step_shows_only_sanitised_markup(panel, tmp_path):
    """Even a Step made without the loader's check (a bug, a future reader) shows no image and no local link."""
    png, fifo = tmp_path / "x.png", tmp_path / "fifo"
    Image.new("RGB", (8, 8), "red").save(png)
    os.mkfifo(fifo)  # as an image it hung the window: opening it waits for a writer forever
    panel.show_step(_lesson(f"<p>look <img src='{png}'> <img src='{fifo}'> <a href='file:///etc/passwd'>notes</a> "
                            "<span style='color:#ff0000' onclick='x'>red</span></p>"), 0)
    fragments = _fragments(panel.text)
    assert not any(f.charFormat().isImageFormat() for f in fragments)
    assert all(f.charFormat().anchorHref() == "" for f in fragments)
    assert "notes" in panel.text.toPlainText() and "red" in panel.text.toPlainText()
    red = next(f for f in fragments if "red" in f.text())
    assert red.charFormat().foreground().color().name() != "#ff0000"


def test_a_click_on_a_local_link_follows_nothing(panel, qtbot, opened, answer):
    """The view itself: a file: link put there by hand (past the sanitiser) does not navigate."""
    panel.text.setHtml("<p>Read <a href='file:///etc/passwd'>the password file</a> now</p>")
    before = panel.text.toPlainText()
    with qtbot.waitSignal(panel.text.anchorClicked, timeout=2000):
        _click(qtbot, panel.text, "password file")
    qtbot.wait(50)
    assert panel.text.toPlainText() == before and "root:" not in panel.text.toPlainText()
    assert panel.text.source().isEmpty()
    assert opened == [] and answer[0] == []  # not offered either: only https links are


def test_an_https_link_shows_its_address_and_asks_before_opening(panel, qtbot, opened, answer):
    asked, reply = answer
    address = "https://en.wikipedia.org/wiki/Tikhonov_regularization"
    lesson = lessons.parse(json.dumps({"title": "Mine", "steps": [
        {"title": "One", "preset": "overfit-2d", "text": f"<p>See <a href='{address}'>Tikhonov</a>.</p>"}]}), "m")
    panel.show_step(lesson, 0)
    before = panel.text.toPlainText()
    reply["button"] = QMessageBox.StandardButton.Cancel
    _click(qtbot, panel.text, "Tikhonov")
    assert len(asked) == 1 and address in asked[0][0] and asked[0][1] == Qt.TextFormat.PlainText
    assert opened == []  # said no: nothing opens
    reply["button"] = QMessageBox.StandardButton.Open
    _click(qtbot, panel.text, "Tikhonov")
    assert opened == [address]
    assert panel.text.toPlainText() == before  # the lesson text stays (an https link used to blank it)


def test_titles_are_shown_as_plain_text(panel):
    # (As rich text, a title holding <img src='/dev/zero'> aborted the app; <b> shows the same without a crash.)
    panel.show_step(_lesson("<p>x</p>", title="<b>bold?</b>", lesson_title="<b>Mine</b>"), 0)
    assert panel.title.textFormat() == panel.where.textFormat() == Qt.TextFormat.PlainText
    assert panel.title.text() == "<b>Mine</b>" and panel.where.text().endswith("<b>bold?</b>")


def _contrast(a, b):
    """WCAG 2.x contrast ratio of two #rrggbb colours."""
    def luminance(colour):
        c = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", appearance.THEMES)
def test_colour_classes_read_at_text_contrast_in_both_themes(panel, qtbot, theme):
    assert set(lesson_colours.LIGHT) == set(lesson_colours.DARK) == set(markup.COLOUR_CLASSES)
    text = "<p>" + " ".join(f"<span class='{name}'>{name}</span>" for name in markup.COLOUR_CLASSES) + "</p>"
    panel.show_step(_lesson(markup.check(text)), 0)
    appearance.apply(panel.parentWidget(), theme)  # the switch re-draws the text in the new theme's colours
    qtbot.wait(10)
    background = panel.text.viewport().palette().color(QPalette.ColorRole.Base).name()
    assert background == appearance.background()
    expected = lesson_colours.DARK if theme == "dark" else lesson_colours.LIGHT
    drawn = {f.text(): f.charFormat().foreground().color().name() for f in _fragments(panel.text)}
    for name in markup.COLOUR_CLASSES:
        assert drawn[name] == expected[name].lower(), name
        assert _contrast(drawn[name], background) >= 4.5, (name, drawn[name], background)


def test_message_boxes_and_file_labels_are_plain_text(window, qtbot, tmp_path):
    path = tmp_path / "evil.json"
    path.write_text(json.dumps({"title": "Mine", "steps": [
        {"title": "One", "preset": "overfit-2d", "text": "<p><img src='/dev/zero'></p>"}]}))
    assert not window.lessons.open_file(str(path))
    box = window._message
    assert box.textFormat() == Qt.TextFormat.PlainText and "step 1 ('One'): key 'text': <img>" in box.text()
    window.ensure_plots()
    augmentation = window.panels["augmentation"]
    assert augmentation.message.textFormat() == Qt.TextFormat.PlainText  # "Opening {file name}…"
    window.menus.show_about()  # our own rich text stays rich
    assert window._message.textFormat() == Qt.TextFormat.RichText
