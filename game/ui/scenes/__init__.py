"""The screens of the game window, one module per scene."""
