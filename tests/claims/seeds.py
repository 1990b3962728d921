"""The one documented place for seeds.

TUNED_ON: the seeds every preset, lesson and threshold was chosen on (never used by a claim test).
CLAIM_SEEDS: the seeds the claim tests train on; nothing was ever tuned on them. Override with
REGVIZ_CLAIM_SEEDS=21,22,… to check the claims on yet other seeds.
"""
import os

TUNED_ON = (1, 2, 3, 4, 5, 6, 7, 8)  # 4-8: early stopping's demo (lesson 1, step 5), after 9 validation points
# proved too few on the claim seeds and the demo was given more data
CLAIM_SEEDS = tuple(int(s) for s in os.environ.get("REGVIZ_CLAIM_SEEDS", "11,12,13,14,15").split(","))
assert not set(TUNED_ON) & set(CLAIM_SEEDS), "a claim must not be tested on a seed it was tuned on"
