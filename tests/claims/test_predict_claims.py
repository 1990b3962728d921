"""Every bundled lesson's prediction step: the answer the lesson expects is the one its run makes true, and no
other answer is, on every claim seed and on seed 0 (the class's run), decided by core.content.predict from what
the window would hand it after the step (the record at the step's end; the FGSM tab's accuracy curves; for a step
that trains nothing, lesson 7 step 4, the run as the earlier steps left it).

No lesson is played again for this: each run is the claims' own one play per lesson and seed (lesson_runs's
record_after, and test_lesson_claims's FGSM pair and lesson-8 play). The rules' thresholds are those the lesson
texts already state and test_lesson_claims checks (chosen on seeds.TUNED_ON), or looser."""
import pytest
from lesson_runs import record_after
from seeds import LESSON_SEEDS
from test_lesson_claims import _fgsm_pair, _inside

from regviz.core.content import lessons, predict
from regviz.core.records import Record
from regviz.core.run.live import answer
from regviz.core.run.messages import AskRobustness

pytestmark = pytest.mark.slow
PREDICTIONS = [(name, index + 1) for name in lessons.names()
               for index, step in enumerate(lessons.load(name).steps) if step.predict is not None]


def _record(models, step: int = 0) -> Record:
    return Record(step, 0.0, 0.0, tuple(models))


def _run_of(name: str, number: int, seed: int, block: predict.Predict):
    """(records, curves) of step ``number`` as the window holds them when the step has trained."""
    attacks = sorted({a.rule.attack for a in block.answers if a.rule.metric == "attack_accuracy"})
    if name == "07-fgsm":
        from regviz.ui.panels.fgsm import EPSILONS  # what the FGSM tab asks for when training pauses

        # Step 1 trains the pair (the lesson's only training step) and asks; step 4 trains nothing and asks about
        # PGD: the window reveals it from the run as step 1 left it, its last record and the curves the FGSM
        # tab asked for when step 1's training paused (both attacks, at EPSILONS). The same nets, no second play.
        assert number in (1, 4)
        trainer = _fgsm_pair(seed)
        return [trainer.evaluate()], [answer(trainer, AskRobustness(EPSILONS, kind)) for kind in attacks]
    assert not attacks
    if name == "08-inside-the-net":
        assert number == 7
        return [_record([_inside(seed)["noisy"]])], []
    return [_record(record_after(name, seed, number).values())], []


def test_every_bundled_lesson_has_a_prediction_step_with_an_expected_answer():
    assert {name for name, _ in PREDICTIONS} == set(lessons.names())
    for name, number in PREDICTIONS:
        assert lessons.load(name).steps[number - 1].predict.expected is not None, (name, number)


@pytest.mark.parametrize("seed", LESSON_SEEDS)
@pytest.mark.parametrize("name,number", PREDICTIONS)
def test_the_expected_answer_is_the_one_the_run_makes_true(name, number, seed):
    block = lessons.load(name).steps[number - 1].predict
    outcomes = predict.evaluate(block, *_run_of(name, number, seed, block))
    shown = [(a.text, o.holds, o.numbers) for a, o in zip(block.answers, outcomes)]
    assert [o.holds for o in outcomes] == [n == block.expected for n in range(1, len(block.answers) + 1)], shown
