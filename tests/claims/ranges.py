"""What each claim measured, as ranges over the seeds of one run of this suite (docs/claims.md's last column):

    REGVIZ_CLAIM_LOG=/tmp/claims.jsonl pytest tests/claims
    python tests/claims/ranges.py /tmp/claims.jsonl [--seeds 53059,802131,…]

prints one line per claim and quantity: min – max over the seeds (seed 0, the class's run, apart)."""
import argparse
import collections
import json


def ranges(path: str, seeds: set[int] | None = None) -> dict[str, dict[str, tuple[float, float]]]:
    values = collections.defaultdict(lambda: collections.defaultdict(list))
    with open(path, encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            if row["seed"] in seeds if seeds else row["seed"] != 0:
                for key, value in row.items():
                    if key not in ("claim", "seed"):
                        values[row["claim"]][key].append(value)
    return {claim: {key: (min(v), max(v)) for key, v in quantities.items()} for claim, quantities in values.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--seeds", help="comma-separated: only these (default: every seed but 0)")
    args = parser.parse_args()
    seeds = {int(s) for s in args.seeds.split(",")} if args.seeds else None
    table = ranges(args.log, seeds)
    for claim in sorted(table):
        print(claim + ": " + "; ".join(f"{key} {lo:.3g}–{hi:.3g}" if lo != hi else f"{key} {lo:.3g}"
                                       for key, (lo, hi) in table[claim].items()))


if __name__ == "__main__":
    main()
