"""A race's variant folders are checked before it trains (issue 20: arguments are validated before anything is
created): a variant named compare.csv, or one whose folder in --out is a file or a link, failed with exit 1 only
after the whole race had trained, and the race was lost."""
import pytest

from regviz.cli import main


@pytest.mark.parametrize("name, prepare", [
    ("compare.csv", lambda out: None),
    ("notes", lambda out: (out / "notes").write_text("mine\n")),
    ("none", lambda out: (out / "none").symlink_to(out.parent / "elsewhere", target_is_directory=True)),
])
def test_a_variant_whose_folder_cannot_be_written_is_refused_before_training(capsys, tmp_path, name, prepare):
    out = tmp_path / "race"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    prepare(out)
    before = sorted(p.name for p in out.iterdir())
    other = "l2:regularization.l2=0.1" if name != "l2" else "none:"
    code = main(["compare", "--variant", f"{name}:", "--variant", other, "--steps", "3", "--out", str(out),
                 "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and f"--variant {name}" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == before  # nothing trained, nothing written
    assert not any((tmp_path / "elsewhere").iterdir())
