"""Colours that read: WCAG's contrast ratio, and the window's palette adjusted to reach it.

Qt's default highlight (white on a mid blue) and its placeholder grey fall short of WCAG AA's
4.5:1 for text; the window keeps the platform's hues and darkens (or, on a dark theme,
lightens) them just enough.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5
"""WCAG 2.x AA for ordinary text."""
GRAPHIC_CONTRAST = 3.0
"""WCAG 2.x AA for what marks a control's state, such as a focus frame (1.4.11)."""
_GROUPS = (
    QPalette.ColorGroup.Active,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour."""
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows over ``background``."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """From 1 (the same) to 21 (black on white); a translucent foreground counts as drawn."""
    shown = over(foreground, background) if foreground.alpha() < 255 else foreground
    lighter, darker = sorted((luminance(shown), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor, *backgrounds: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour``, opaque, moved towards black (on light backgrounds) or white (on dark ones)
    until it reaches ``minimum`` against every one of ``backgrounds``."""
    shown = over(colour, backgrounds[0]) if colour.alpha() < 255 else QColor(colour)
    dark_backgrounds = sum(luminance(background) < 0.18 for background in backgrounds)
    target = QColor("white") if dark_backgrounds > len(backgrounds) / 2 else QColor("black")
    for step in range(101):
        weight = step / 100
        # Rounded to the 8 bits a screen shows, so the ratio is that of the colour painted.
        candidate = QColor(
            QColor.fromRgbF(
                shown.redF() * (1 - weight) + target.redF() * weight,
                shown.greenF() * (1 - weight) + target.greenF() * weight,
                shown.blueF() * (1 - weight) + target.blueF() * weight,
            ).name()
        )
        if all(contrast_ratio(candidate, background) >= minimum for background in backgrounds):
            return candidate
    return target


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with a selection that can be read (its text on its highlight) and a
    placeholder grey that can be read on fields and on the window, in every colour group."""
    adjusted = QPalette(palette)
    role = QPalette.ColorRole
    for group in _GROUPS:
        highlighted_text = palette.color(group, role.HighlightedText)
        highlight = palette.color(group, role.Highlight)
        adjusted.setColor(group, role.Highlight, readable(highlight, highlighted_text))
        placeholder = palette.color(group, role.PlaceholderText)
        base, window = palette.color(group, role.Base), palette.color(group, role.Window)
        adjusted.setColor(group, role.PlaceholderText, readable(placeholder, base, window))
    return adjusted
