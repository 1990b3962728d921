"""The notes' maths: regularizers, adversarial attacks, models, probes, data and augmentation."""
