"""The window process is numpy + Qt: torch and torchvision load only in the training process (issue: a school
laptop's memory, and a window that is up before torch is)."""
import subprocess
import sys

CODE = r"""
import sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from regviz.ui.main_window import MainWindow
w = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
w.show(); w.start()
def wait(cond, seconds=60):
    end = time.time() + seconds
    while not cond() and time.time() < end:
        app.processEvents(); time.sleep(0.01)
    assert cond()
wait(lambda: w.state.last_record is not None)
for i in range(w.tabs.count()):  # every tab drawn: worked examples, dropout's notes example, augmentation grid
    w.tabs.setCurrentIndex(i); app.processEvents()
w.show_tab("augmentation")
wait(lambda: w.panels["augmentation"].latest is not None)
w.state.engine.play(); time.sleep(0.5); app.processEvents()
for preset in ("overfit-2d", "mnist-dropout"):  # the script export copies regviz's numpy data code
    w.state.load_preset(preset); w.state.set_value("data.label_noise", 0.2)
    w.files.export_script(sys.argv[1] + f".{preset}.py")
import os
session = sys.argv[1] + ".regviz"  # opening checks the saved weights against the nets the config builds
wait(lambda: w.state.last_record is not None)
w.files.save_session(session)
wait(lambda: os.path.exists(session))
assert w.files.open_session(session)
w.close()
print("IMPORTED:" + ",".join(sorted(m for m in ("torch", "torchvision") if m in sys.modules)))
"""


def test_the_window_process_never_imports_torch(tmp_path):
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path / "s.ini")], capture_output=True, text=True,
                         timeout=180, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-1] == "IMPORTED:"
