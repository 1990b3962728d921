"""A third SIGINT/SIGTERM never cuts short the cleanup the second one started: three quick Ctrl-C's left an empty
--out folder behind (the third raised inside RunFolder's cleanup, before it removed the folder it made)."""
import os
import signal

import pytest

from regviz.core.run.output import Interrupted, RunFolder, StopRequest


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_a_third_signal_lets_the_second_ones_cleanup_finish(tmp_path):
    out = tmp_path / "new" / "run"
    with pytest.raises(Interrupted):
        with StopRequest() as stop:
            with RunFolder(out) as folder:
                signal.raise_signal(signal.SIGINT)
                assert stop() and stop.exit_status == 130
                original = folder._remove_if_made

                def cleanup_under_a_third_signal():
                    signal.raise_signal(signal.SIGTERM)  # arrives while the second signal's cleanup runs
                    original()
                folder._remove_if_made = cleanup_under_a_third_signal
                signal.raise_signal(signal.SIGINT)
    assert not (tmp_path / "new").exists()  # the folders the run made are gone, the lock with them
