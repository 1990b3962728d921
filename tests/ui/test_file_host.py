"""File actions depend on the window only through the FileHost protocol (issue 21, item 7): they work with a
fake host that has those methods and nothing else, and tell the menus of recent files by a signal."""
from pathlib import Path

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QWidget

from regviz.ui.file_actions import FileActions, FileHost


class FakeHost:
    """Exactly FileHost's methods; records what was asked of it."""

    def __init__(self):
        self.statuses, self.messages, self.refreshed, self.closed = [], [], [], 0
        self.view = QWidget()

    def show_status(self, text: str, ms: int) -> None:
        self.statuses.append(text)

    def show_message(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    def refresh_plots(self, all_plots: bool = False) -> None:
        self.refreshed.append(all_plots)

    def current_view(self) -> QWidget:
        return self.view

    def grab(self) -> QPixmap:
        pixmap = QPixmap(40, 30)
        pixmap.fill(QColor("#0072B2"))
        return pixmap

    def close(self) -> bool:
        self.closed += 1
        return True


def test_the_fake_host_is_what_the_protocol_names():
    names = {n for n in vars(FileHost) if not n.startswith("_")}
    assert names == {n for n in vars(FakeHost) if not n.startswith("_")}


def test_file_actions_work_through_a_host_that_is_only_the_protocol(qtbot, settings, tmp_path):
    from regviz.core.config import ExperimentConfig
    from regviz.ui.state import AppState

    state = AppState(ExperimentConfig())
    host = FakeHost()
    files = FileActions(state, settings, host)
    line = files.copy_experiment()
    assert line and "copied" in host.statuses[-1]
    assert not files.paste_experiment("not an experiment")
    assert host.messages[-1][0] == "Cannot paste the experiment"
    path = files.export_window(tmp_path / "window.png")
    qtbot.waitUntil(lambda: not files.busy, timeout=10000)
    assert Path(path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and host.statuses[-1] == f"Saved {path}"
    assert files.export_plots(tmp_path / "plots") == [] and host.refreshed == [True]
    with qtbot.waitSignal(files.recent_changed):
        files._remember(tmp_path / "a.regviz")
    assert files.recent() == [str(tmp_path / "a.regviz")]
    settings.setValue("session_weights", False)
    assert not files.with_weights()
    files.autosave.clean_exit()
