"""The one documented place for seeds.

TUNED_ON: every seed that informed a choice (a preset, a lesson, a threshold, a sentence's wording). Never a claim
seed. Seed 0 is what every preset, lesson, gallery shot and class runs; 1-8 tuned the presets, lessons and
thresholds (4-8: early stopping's demo); 11-15 were the claim seeds until early stopping's demo was given more
data after 9 validation points proved too few on them (commit 702b936), so they informed a choice too.

53059, 802131, 250204, 587159, 429971 were the first claim seeds drawn for issue 22; on them the decision
boundary's length, a weight-growth threshold and lesson 1 step 4's thresholds failed, and the sentences and
thresholds were changed: so they are tuning seeds now. On 850124, drawn next, early stopping's restored test loss
was 0.53 of the unstopped net's, against lesson 1's "under half": the sentence now says under two thirds, and
850124 is a tuning seed, replaced by 897350 (drawn the same way). On 897350 augmentation gained 2.4 points
against lesson 4's "several points above": the sentence now says "a point or more", and 897350 is a tuning
seed, replaced by 860974. On 251823 (one of five extra random seeds) dropout's test loss on overfit-2d was 0.493
of its baseline's against lesson 5's "above half": the sentence now says "above 40 %", and 251823 is a
tuning seed. The README caption's "climbs past 1" and "below 0.4" failed on 431887, 704191 (the baseline's
test loss 0.84, 0.96) and 119172 (L2 0.416): the caption now keeps only its ratio (a third or less, unchanged,
0.07-0.19 there); those three are tuning seeds, replaced by 16162, 410611, 376020. On 410611 the narrator called overfit-2d's L2 net memorising at step 600 (its
rule held there): the README no longer says it never does, and 410611 is a tuning seed, replaced by 937375. On 937375 overfit-2d's final test loss was 1.24, under twice its lowest
(0.68), against the narrator claim's test: 937375 is a tuning seed; 47793 was drawn as the fifth claim seed
(secrets.randbelow(10**6), 2026-12-02), before any claim was run on it.

The five-random-seed check after that (317185, 520174, 451573, 5919, 25538, drawn 2026-12-02) failed two
claims: on 317185 lesson 1's early stopping stopped at step 710, against the README's "before step 500" (the README
now says before its 1,000 steps are up); on 5919 lesson 1 step 2's test loss ended 1.23 times its lowest, against
the test's bar of 1.5 for "rises" (now 1.2). Both informed a choice, so both are tuning seeds.

On 47793, lesson 2 step 3's dead net predicted the class share everywhere, as the sentence says, but the test's extra
bound "test accuracy <= 0.6" failed at 42 of 70 (0.6 in float32): the test now asserts the accuracy is exactly that
class's share of the test points, so 47793 informed a choice and is a tuning seed, replaced by 959625 (drawn the same
way, 2026-12-02; when this was written it had been run on lesson 2 step 3 only). On 520174 of the random check, lesson 1 step 5's
early stopping never stopped in its 1,000 steps (its restored net is then the last one): a real failure of the
lesson's "training stops by itself"; the step now has 600 samples (90 validation points instead of 60), chosen
on 520174 and 1-5.

Tuning seeds looked at for issue 22's last sentences (lesson 1 step 4's "the gap starts to open again", the
batch-norm tab's "survive (large s)", lesson 4's summary, the label-noise claims): 1-8, 53059, 802131, all
already tuning seeds.

On 376020 lesson 9 step 1's test MSE was 0.74, against its first wording "far above the noise's own 0.09"
(measured as ten times): the sentence now says "above the noise's own 0.09 and hundreds of times the train MSE",
and 376020 is a tuning seed, replaced by 324549 (drawn the same way, 2026-12-02; lesson 9's claims were run on it,
the other lessons' not before the merge). Seeds 10000-11999 informed lesson 9's wording too: a least-squares
simulation of its data (the shares of draws on which each sentence fails are in docs/claims.md).

The five-random-seed check after this round's last changes (280966, 43592, 636925, 545673, 92930, drawn
2026-12-02) passed 306 of 308: on 545673 lesson 3 step 5's L1 left x1 a weight of 0.0062 (λ = 0.01; now 0.02); on
280966 the narrator test's "still climbing" (the test loss eased from 1.60 to 1.57 after its peak) was stronger than
its sentence (now worded as the rule measures: "up since its lowest"). Both informed a choice: tuning seeds.
After those changes the changed claims (lesson 1 step 5, lesson 3 step 5, the narrator's memorising, lessons 1 and
3's predictions) passed on five more random seeds, 674644, 677619, 174112, 666592, 850967 (59 of 59).

The full-suite random check after that round's last claim change (505216, 281783, 119780, 402192, 32310, drawn
2026-12-02 with secrets.randbelow(10**6), run at a load of 6-8 while branches were merged) failed 29 of 308: 18 were
the run's own (12 of lesson 7's prediction checks hit an ImportError when a merge changed core.translatable under
the running suite, seed 0's too; 6 lesson 8 claims passed pytest-timeout's 300 s at that load); the other 11 are
real. On 281783 two tests were stronger than their sentences (lesson 1 step 2's net "reaches" 100 % and dipped to
29 of 30 at one later check; lesson 2 step 3's dead net predicts one class everywhere, the test required the
training majority's, and with the classes half and half it predicted the other): both tests now assert the
sentence, and 281783 is a tuning seed. Still failing then: the README's "while test accuracy stalls" on 281783
(it rose 4.3 points after the fit, the bar was 3), lesson 5 step 3's "dropout does little (above 40 % of the
baseline's)" on 505216 and 119780 (0.21, 0.19), and lesson 9 steps 2-3's "below a third of the memorising curve's"
on 505216, 119780 and 32310 (its test MSE 0.18-0.43 there); those three are tuning seeds. They were mended by
changing the sentences, each now as strong as what holds on every seed (2026-12-02, chosen on tuning seeds 0-8 and
those three): the README says a memorising net's
test accuracy "stays short of" 100 % (not "stalls"); lesson 5 step 3 keeps only "L2 does more than dropout" (its
"dropout does little" went; it first said "far more: under a third of dropout's", 0.08-0.30 on 0-2, 505216, 119780,
281783, until the random check below); lesson 9 steps 2-3 say L2's and L1's test MSE "stays near the noise's own
0.09 (under 0.4)" (0.08-0.31 on 0-8 and the three) and that how far the memorising curve lands above it depends on
the draw (0.18-97 there).
402192 failed only the run's own (timeouts) and is left untuned.

The full-suite random check after those changes (925786, 411166, 494902, 251554, 265117, drawn 2026-12-02 with
secrets.randbelow(10**6)) passed 306 of 308: on 251554 dropout on overfit-2d worked too (test loss 0.19, L2's
0.15), against lesson 5's "L2 does far more … under a third of dropout's" (now "more … lower than dropout's"); on
265117 the batch-norm claim's net without batch norm at 4x the initial weights kept 0.082 of layer 1's spread at
layer 8, against the test's "over a tenth" for "survives" (now over a twentieth; at 1x it is under a thousandth).
Both informed a choice: tuning seeds.

CLAIM_SEEDS: drawn at random (Python's secrets.randbelow(10**6), five draws, 2026-12-01) before any claim was
run on them; nothing was ever tuned on them. The rule: a claim seed whose result informs a choice (a threshold, a
sentence, a configuration) moves to TUNED_ON, and new ones are drawn the same way. Check the claims on yet other
seeds with REGVIZ_CLAIM_SEEDS=… (those too become tuning seeds if they change anything).

LESSON_SEEDS: every lesson claim must also hold on seed 0, the run the class sees.
"""
import os

CLASS_SEED = 0
TUNED_ON = (CLASS_SEED, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 53059, 802131, 250204, 587159, 429971, 850124,
            897350, 251823, 431887, 704191, 119172,
            410611, 937375, 317185, 5919, 47793, 520174, 376020, 280966, 545673, 281783, 505216, 119780, 32310,
            251554, 265117,
            *range(10_000, 12_000))
DRAWN = "484241,860974,16162,959625,324549"
CLAIM_SEEDS = tuple(int(s) for s in os.environ.get("REGVIZ_CLAIM_SEEDS", DRAWN).split(","))
assert not set(TUNED_ON) & set(CLAIM_SEEDS), "a claim must not be tested on a seed it was tuned on"
LESSON_SEEDS = (CLASS_SEED, *CLAIM_SEEDS)
