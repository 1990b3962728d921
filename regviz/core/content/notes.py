"""The notes' code cells as text, for panels to show beside what they compute (tests keep them in step with
the engine's own functions). No torch here: the window shows these without importing it."""

FGSM_ATTACK = '''def fgsm_attack(image, epsilon, data_grad):
    # Add small noise in the direction that increases the loss
    sign_data_grad = data_grad.sign()
    perturbed_image = image + epsilon * sign_data_grad
    perturbed_image = torch.clamp(perturbed_image, 0, 1)  # keep pixel values valid
    return perturbed_image'''
