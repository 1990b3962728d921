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


def _xy_csv(path, n=30):
    path.write_text("x,y\n" + "".join(f"{i / (n - 1):.4f},{np.sin(6 * i / (n - 1)) + 0.1 * (-1) ** i:.4f}\n"
                                      for i in range(n)))
    return path


def _fit_screen(fit, xy):
    return fit.mapFromScene(fit.getPlotItem().getViewBox().mapViewToScene(QPointF(*xy)))


def test_an_opened_x_y_csv_trains_a_regression_whose_clicked_points_export_and_reopen(window, qtbot, tmp_path):
    """File ▸ Open data on a CSV of x,y: the fitted-curve view over its train (filled) and test (hollow) points,
    the loss plot in MSE; a click adds an (x, y) point; Export ▸ Training set as CSV writes x,y, which opens again
    as the same training set."""
    started = []
    window.state.run_started.connect(started.append)
    assert window.data_files.open_data(_xy_csv(tmp_path / "curve.csv"))
    qtbot.waitUntil(lambda: bool(started) and started[-1].task == "regression" and window.state.engine.state
                    in ("paused", "running") and window.state.last_record is not None, timeout=60000)
    info, cfg = started[-1], window.state.config
    assert cfg.data.name == "csv" and len(cfg.data.rows) == 30 and cfg.data.path == "" and cfg.data.class_names == []
    controls = window.experiment  # a 1-D regression's controls: the model kind (MLP or polynomial), no features
    qtbot.waitUntil(lambda: controls._model_form.isRowVisible(controls.kind), timeout=10000)
    assert not controls._data_form.isRowVisible(controls.feature_boxes)
    assert not controls._data_form.isRowVisible(controls.label_noise)
    window.state.train_for(20)
    qtbot.waitUntil(lambda: window.state.engine.state == "paused" and window.state.step >= 20, timeout=60000)
    window.show_tab("training")
    panel = window.panels["training"]
    fit = panel.fit
    assert fit.isVisible() and not panel.boundary.isVisible()
    assert panel.loss_plot.getPlotItem().getAxis("left").labelText == "MSE"
    x, y = fit.train.getData()
    np.testing.assert_allclose(x, info.train_points[:, 0])
    np.testing.assert_allclose(y, info.train_labels)
    assert len(x) + len(fit.test.getData()[0]) == 30
    assert fit.test.opts["brush"].style() == Qt.BrushStyle.NoBrush != fit.train.opts["brush"].style()
    window.refresh_plots(all_plots=True)
    assert window.state.last_record.models[0].curve is not None and "main" in fit.curves
    n = len(fit.true_points)
    qtbot.mouseClick(fit.viewport(), Qt.MouseButton.LeftButton, pos=_fit_screen(fit, (0.5, 0.25)))
    qtbot.waitUntil(lambda: window.state.points is not None and len(window.state.points[0]) == n + 1, timeout=30000)
    points, values = window.state.points
    assert abs(points[-1, 0] - 0.5) < 0.03 and abs(values[-1] - 0.25) < 0.1
    out = tmp_path / "edited curve.csv"
    window.data_files.export_training_set(out)
    qtbot.waitUntil(lambda: not window.files.busy and out.exists(), timeout=20000)
    table = read_csv(out)
    assert table.kind == "regression" and len(table.rows) == n + 1
    np.testing.assert_array_equal(np.asarray(table.rows, dtype=np.float32), np.c_[points[:, 0], values])
    assert window.data_files.open_data(out)  # the exported set opens again: the same points, now its data
    qtbot.waitUntil(lambda: len(window.state.config.data.rows) == n + 1, timeout=30000)
    assert window.state.config.data.rows == table.rows


def test_a_bad_x_y_csv_is_refused_naming_row_and_column_and_changes_nothing(window, qtbot, tmp_path):
    bad = tmp_path / "curve.csv"
    bad.write_text("x,y\n" + "0.1,1\n" * 4 + "0.2,nan\n" + "0.3,2\n" * 8)
    before, run = window.state.config, window.state.last_record
    assert window.data_files.open_data(bad) is False
    assert "curve.csv, row 6, column 'y': 'nan' is not a finite number" in window._message.text()
    assert window.state.config == before and window.state.last_record is run
