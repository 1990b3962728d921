"""Running a training: the lockstep trainer, the live loop, the training process, messages, sweeps."""
