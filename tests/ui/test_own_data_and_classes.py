"""Issue 24 in the window: a teacher's CSV opened (or refused, changing nothing), K classes drawn as colour
regions with a class key whose number keys choose what a click adds, the edited training set exported as the
same CSV, and input features chosen with check boxes and drawn as the Network tab's input column."""
import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtTest import QTest

from regviz.core.content.csv_data import read_csv


def _csv(path, n=45, classes="abc"):
    path.write_text("x1;x2;label\n" + "".join(
        f"{np.cos(i):.3f};{np.sin(3 * i):.3f};{classes[i % len(classes)]}\n".replace(".", ",") for i in range(n)))
    return path


def _screen(boundary, xy):
    plot = next(iter(boundary.views.values()))[0]
    return boundary.mapFromScene(plot.getViewBox().mapViewToScene(QPointF(*xy)))


def test_a_refused_csv_says_which_row_and_changes_nothing(window, qtbot, tmp_path):
    bad = tmp_path / "class list.csv"
    bad.write_text("x1,x2,label\n" + "0.1,0.2,a\n" * 4 + "0.1,inf,b\n" + "0.3,0.1,b\n" * 8)
    before, run = window.state.config, window.state.last_record
    starts = []
    window.state.run_started.connect(starts.append)
    assert window.data_files.open_data(bad) is False
    assert "class list.csv, row 6, column 'x2': 'inf' is not a finite number" in window._message.text()
    assert "Nothing was changed" in window._message.text()
    assert window.state.config == before and not starts and window.state.last_record is run


def test_an_opened_csv_trains_k_classes_and_a_click_adds_the_class_its_number_key_chose(window, qtbot, tmp_path):
    assert window.data_files.open_data(_csv(tmp_path / "three.csv"))
    qtbot.waitUntil(lambda: window.state.config.data.name == "csv" and window.state.last_record is not None
                    and window.state.last_record.models[0].boundary is not None
                    and window.state.last_record.models[0].boundary.ndim == 3, timeout=60000)
    cfg = window.state.config
    assert cfg.data.class_names == ["a", "b", "c"] and len(cfg.data.rows) == 45 and cfg.data.path == ""
    window.show_tab("training")
    boundary = window.panels["training"].boundary
    assert boundary.key is not None and "click adds" in boundary.key.text
    window.refresh_plots(all_plots=True)
    image = next(iter(boundary.views.values()))[1].image
    assert image.ndim == 3 and image.shape[-1] == 3  # colour regions, not a one-class probability map
    window.activateWindow()
    window.panels["training"].class_keys[2].activated.emit()  # the number key 3 (its shortcut's signal)
    assert boundary.click_class == 2 and "<u>3" in boundary.key.text and "c</u>" in boundary.key.text
    n = len(boundary.true_points)
    qtbot.mouseClick(boundary.viewport(), Qt.MouseButton.LeftButton, pos=_screen(boundary, (0.05, 0.05)))
    qtbot.waitUntil(lambda: window.state.points is not None and len(window.state.points[0]) == n + 1, timeout=30000)
    assert window.state.points[1][-1] == 2
    out = tmp_path / "edited.csv"
    window.data_files.export_training_set(out)
    qtbot.waitUntil(lambda: not window.files.busy and out.exists(), timeout=20000)
    table = read_csv(out)
    assert table.class_names == ("a", "b", "c")
    np.testing.assert_allclose([r[:2] for r in table.rows], window.state.points[0], atol=1e-6)
    assert [int(r[2]) for r in table.rows] == list(window.state.points[1])


def test_a_dropped_csv_is_opened(window, qtbot, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_csv(tmp_path / "dropped.csv", classes="xy")))])
    from regviz.ui.data_files import dropped_csv

    assert dropped_csv(mime) == tmp_path / "dropped.csv"
    window.data_files.open_data(dropped_csv(mime))
    qtbot.waitUntil(lambda: window.state.config.data.class_names == ["x", "y"], timeout=30000)


def test_feature_check_boxes_set_data_features_and_the_network_tab_draws_them(window, qtbot):
    panel = window.experiment
    assert [n for n, box in panel.features.items() if box.isChecked()] == ["x1", "x2"]
    panel.features["x1sq"].setChecked(True)
    qtbot.waitUntil(lambda: window.state.config.data.features == ["x1", "x2", "x1sq"], timeout=10000)
    window.show_tab("network")
    graph = window.panels["network"].graph
    qtbot.waitUntil(lambda: any(d.view is not None and d.view.inputs == ("x1", "x2", "x1sq")
                                for d in graph.drawings.values()), timeout=60000)
    drawing = next(iter(graph.drawings.values()))
    texts = [label.toPlainText() for label in drawing.labels]
    assert {"x₁", "x₂", "x₁²"} <= set(texts)
    panel.features["x1"].setChecked(False)
    panel.features["x2"].setChecked(False)
    panel.features["x1sq"].setChecked(False)  # none left: refused, and the boxes show the config again
    qtbot.waitUntil(lambda: panel.features["x1sq"].isChecked(), timeout=10000)
    assert window.state.config.data.features == ["x1sq"]
