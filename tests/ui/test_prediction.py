"""A lesson's prediction step in the window: training waits for the class's answer, keys 1–4 pick it (not while
a count has focus), the reveal marks every answer with the numbers the run decided it by, and a run that
contradicts the lesson's expected answer is revealed as such."""
import json

from PySide6.QtCore import Qt

from regviz.core.content import lessons, predict

L2_BLOCK = json.loads(lessons._folder().joinpath("01-overfitting.json").read_text())["steps"][2]["predict"]
L1_BLOCK = json.loads(lessons._folder().joinpath("03-l1.json").read_text())["steps"][1]["predict"]


def _lesson(tmp_path, preset, changes, block, train=150):
    raw = {"title": "Predict", "steps": [
        {"title": "Start", "text": "<p>Start.</p>", "preset": preset},
        {"title": "Guess", "text": "<p>The answer is in this text.</p>", "mode": "baseline", "set": changes,
         "train": train, "predict": block}]}
    path = tmp_path / "predict.json"
    path.write_text(json.dumps(raw))
    return lessons.load_file(path)


def _reach_question(window, lesson):
    window.lessons.open(lesson)
    window.lessons.next()
    return window.stage.prediction


def _wait_reveal(qtbot, flow):
    qtbot.waitUntil(lambda: flow.open is not None and flow.open.result is not None, timeout=120000)
    return flow.open.result


def test_training_waits_for_the_class_and_keys_pick_until_it_starts(window, qtbot, tmp_path):
    flow = _reach_question(window, _lesson(tmp_path, "overfit-2d", {"regularization.l2": 0.01}, L2_BLOCK))
    box, engine = flow.box, window.state.engine
    assert box.isVisible() and len(box.buttons) == 2
    assert "Predict:" in window.stage.panel.text.toPlainText()
    assert "in this text" not in window.stage.panel.text.toPlainText()  # the text would tell the class
    step = window.state.step
    window.menus.play_action.trigger()  # Space
    assert engine.state == "paused" and not engine.training_for
    assert "waits for the class's prediction" in window.statusBar().currentMessage()
    window.menus.step_action.trigger()  # S
    qtbot.wait(300)
    assert engine.state == "paused" and window.state.step == step
    qtbot.keyClick(window, Qt.Key.Key_2)
    assert flow.open.pick == 2 and box.buttons[1].isChecked() and not box.buttons[0].isChecked()
    box.counts[0].setFocus()
    box.counts[0].selectAll()
    qtbot.keyClick(box.counts[0], Qt.Key.Key_1)  # a digit typed into a count is a count, not a pick
    assert flow.open.pick == 2 and box.counts[0].value() == 1
    box.counts[0].clearFocus()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_1)  # changed while training has not started
    assert flow.open.pick == 1
    box.counts[1].setValue(7)
    window.menus.play_action.trigger()
    assert engine.training_for and flow.open.started
    qtbot.keyClick(window, Qt.Key.Key_2)
    assert flow.open.pick == 1  # the pick stands once training starts
    result = _wait_reveal(qtbot, flow)
    assert window.state.last_record.step == step + 150
    # Decided on the run the class watched: the window's own last record.
    expected = predict.evaluate(lessons.load_file(tmp_path / "predict.json").steps[1].predict,
                                [window.state.last_record])
    assert list(result.holds) == [o.holds for o in expected]
    net = {m.name: m for m in window.state.last_record.models}
    numbers = f"regularized: {net['regularized'].test_loss:.3g}, baseline: {net['baseline'].test_loss:.3g}"
    assert result.numbers[0] == numbers
    assert box.truths[0].isVisible() and numbers in box.truths[0].text()
    mark = "✓ true" if result.holds[0] else "✗ false"
    assert box.truths[0].text().startswith(mark)
    assert result.pick == 1 and result.counts == (1, 7)
    assert "The class answered 1." in box.summary.text()
    assert "in this text" in window.stage.panel.text.toPlainText()  # now the step's text is shown
    assert window.state.predictions[-1] == result  # what a session keeps


def test_a_run_that_contradicts_the_expected_answer_is_revealed_as_such(window, qtbot, tmp_path):
    """Lesson 3's question ("over half the weights exactly zero" expected) on a run with L1 switched off."""
    flow = _reach_question(window, _lesson(tmp_path, "l1-sparsity", {"regularization.l1": 0.0}, L1_BLOCK, 100))
    qtbot.keyClick(window, Qt.Key.Key_2)
    window.menus.play_action.trigger()
    result = _wait_reveal(qtbot, flow)
    assert result.expected == 2 and result.holds == (True, False) and result.contradicts
    assert "This run contradicts the lesson's expected answer (2)" in flow.box.summary.text()
    assert flow.box.truths[1].text().startswith("✗ false — regularized: 0.0 %")


def test_skipping_trains_the_step_and_the_reveal_shows_no_class_answer(window, qtbot, tmp_path):
    flow = _reach_question(window, _lesson(tmp_path, "overfit-2d", {"regularization.l2": 0.01}, L2_BLOCK, 60))
    flow.box.skip.click()
    assert window.state.engine.training_for
    result = _wait_reveal(qtbot, flow)
    assert result.pick is None and "The class skipped the question." in flow.box.summary.text()
    assert not result.contradicts or "contradicts" in flow.box.summary.text()


def test_leaving_the_step_lets_training_go_again(window, qtbot, tmp_path):
    flow = _reach_question(window, _lesson(tmp_path, "overfit-2d", {"regularization.l2": 0.01}, L2_BLOCK))
    window.lessons.back()
    assert window.state.hold is None and not flow.box.isVisible()
    window.menus.play_action.trigger()
    assert window.state.engine.state == "running"


def test_the_class_predictions_are_saved_in_the_session_and_exported_as_csv(window, qtbot, tmp_path):
    import csv

    from regviz.core.content import session

    flow = _reach_question(window, _lesson(tmp_path, "overfit-2d", {"regularization.l2": 0.01}, L2_BLOCK, 60))
    qtbot.keyClick(window, Qt.Key.Key_2)
    flow.box.counts[0].setValue(4)
    flow.box.counts[1].setValue(9)
    window.menus.play_action.trigger()
    result = _wait_reveal(qtbot, flow)
    path = window.files.export_predictions(tmp_path / "class.csv")
    qtbot.waitUntil(lambda: not window.files.busy, timeout=20000)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 1 and rows[0]["lesson"] == "predict" and rows[0]["step"] == "2"
    assert rows[0]["question"] == L2_BLOCK["question"] and rows[0]["class_answer"] == "2: the net without L2"
    assert rows[0]["counts"] == "1: 4; 2: 9"
    true = [f"{n}: {L2_BLOCK['answers'][n - 1]['text']}" for n in result.true_answers]
    assert rows[0]["revealed_answer"] == ("; ".join(true) or "none")
    assert rows[0]["deciding_numbers"] == f"1: {result.numbers[0]}; 2: {result.numbers[1]}"
    window.files.save_session(tmp_path / "class.regviz")
    qtbot.waitUntil(lambda: (tmp_path / "class.regviz").exists() and not window.files.busy, timeout=60000)
    assert session.load(tmp_path / "class.regviz").predictions == (result,)


def test_a_prediction_cell_a_spreadsheet_would_run_is_written_as_text():
    from regviz.core.content import predict
    from regviz.ui.exports import predictions_csv

    hostile = predict.ClassPrediction("mine", 1, "=HYPERLINK(\"https://x\")", ("+1", "@a"), None, (0, 0),
                                      (None, None), ("-", "b"))
    text = predictions_csv([hostile])
    assert "'=HYPERLINK" in text and "\n=" not in text and ",=" not in text


PGD_BLOCK = json.loads(lessons._folder().joinpath("07-fgsm.json").read_text())["steps"][3]["predict"]


def _looking_lesson(tmp_path, first, block, train=60):
    """Start, a step that trains, then a prediction step that trains nothing (the run as it stands answers)."""
    raw = {"title": "Look", "steps": [
        {"title": "Start", "text": "<p>Start.</p>", **first},
        {"title": "Train", "text": "<p>Train.</p>", "tab": first.get("tab", "training"), "train": train},
        {"title": "Look", "text": "<p>The answer is in this text.</p>", "tab": first.get("tab", "training"),
         "predict": block}]}
    path = tmp_path / "look.json"
    path.write_text(json.dumps(raw))
    return lessons.load_file(path)


def _reach_the_look(window, qtbot, lesson, steps):
    window.lessons.open(lesson)
    window.lessons.next()  # the step that trains
    engine = window.state.engine
    qtbot.waitUntil(lambda: window.state.step == steps and engine.state == "paused" and not engine.training_for,
                    timeout=120000)
    window.lessons.next()
    return window.stage.prediction


def test_a_step_that_does_not_train_waits_for_the_class_and_space_reveals_without_training(window, qtbot,
                                                                                           tmp_path):
    lesson = _looking_lesson(tmp_path, {"preset": "overfit-2d", "mode": "baseline",
                                        "set": {"regularization.l2": 0.01}}, L2_BLOCK)
    flow = _reach_the_look(window, qtbot, lesson, 60)
    box, engine, step = flow.box, window.state.engine, window.state.step
    assert box.isVisible() and box.train.text() == "Reveal" and "then Space reveals" in box.summary.text()
    assert "in this text" not in window.stage.panel.text.toPlainText()  # the text would tell the class
    window.menus.play_action.trigger()  # Space before a pick: the reveal waits for the class
    assert "waits for the class's prediction" in window.statusBar().currentMessage() and flow.open.result is None
    qtbot.keyClick(window, Qt.Key.Key_2)
    window.menus.step_action.trigger()  # S: not a training step's Space
    assert "Press Space to reveal" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert flow.open.pick == 1
    window.menus.play_action.trigger()  # Space: the reveal, no training
    result = _wait_reveal(qtbot, flow)
    qtbot.wait(500)
    assert engine.state == "paused" and not engine.training_for and window.state.step == step == 60
    assert "The run as it stands answers (step 60)" in window.statusBar().currentMessage()  # not "Predict first"
    expected = predict.evaluate(lesson.steps[2].predict, [window.state.last_record])
    assert list(result.holds) == [o.holds for o in expected] and None not in result.holds
    net = {m.name: m for m in window.state.last_record.models}
    numbers = f"regularized: {net['regularized'].test_loss:.3g}, baseline: {net['baseline'].test_loss:.3g}"
    assert result.numbers[0] == numbers and numbers in box.truths[0].text() and box.truths[0].isVisible()
    assert result.step == 3 and result.pick == 1 and "The class answered 1." in box.summary.text()
    assert "in this text" in window.stage.panel.text.toPlainText()
    window.menus.play_action.trigger()  # revealed: Space trains again
    assert engine.state == "running" or engine.training_for or window.state.step > step


def test_pgd_against_the_adversarially_trained_net_is_revealed_from_the_fgsm_tabs_curve(window, qtbot, tmp_path):
    """Lesson 7 step 4's own question after a short pair: the Reveal button answers from the PGD curve of the
    nets as they stand (asked for again when the flow has none of that step) — the number the tab plots."""
    lesson = _looking_lesson(tmp_path, {"preset": "mnist-fgsm", "mode": "fgsm", "tab": "fgsm"}, PGD_BLOCK, 40)
    panel = window.panels["fgsm"]
    flow = _reach_the_look(window, qtbot, lesson, 40)
    qtbot.waitUntil(lambda: "pgd" in flow.latest and flow.latest["pgd"].step == 40, timeout=120000)
    flow.latest.pop("pgd")  # as if the tab's curve had not come: the flow asks for it
    step = window.state.step
    assert flow.box.train.text() == "Reveal"
    flow.box.buttons[1].click()
    flow.box.train.click()
    result = _wait_reveal(qtbot, flow)
    assert window.state.step == step and not window.state.engine.training_for
    curve = panel.curves["pgd"]
    assert curve.step == step and flow.open.curves["pgd"] is curve  # the tab plots what the reveal says
    accuracy = curve.accuracy["adversarial"][curve.epsilons.index(0.2)]
    assert result.holds == (accuracy > 0.5, accuracy < 0.2)
    shown = f"adversarial: {100 * accuracy:.1f} %"
    assert result.numbers[0].startswith(shown) and shown in flow.box.truths[1].text()
    assert result.pick == 2


def test_a_new_question_leaves_no_answer_of_the_last_one_on_screen_before_the_event_loop_deletes_it(qtbot):
    """render-lesson --all showed lesson 7's answers painted over lessons 1-6's: the replaced answers were only
    deleteLater'd, which waits for the event loop; they are hidden at once."""
    from PySide6.QtWidgets import QLabel

    from regviz.ui.prediction import PredictionBox

    def block(*texts):
        rule = {"metric": "test_loss", "variant": "main", "compare": "<", "value": 1}
        return predict.parse({"question": "Which?", "answers": [{"text": t, "rule": rule} for t in texts],
                              "expected": 1}, ["main"])

    box = PredictionBox()
    qtbot.addWidget(box)
    box.show()
    box.show_block(block("old one", "old two", "old three"))
    box.show_block(block("new one", "new two"))  # no turn of the event loop between the two
    shown = [label.text() for label in box.findChildren(QLabel) if label.isVisible()]
    assert not [text for text in shown if text.startswith("old")], shown
    assert any(text == "new one" for text in shown), shown
