"""Text normalisation on a view that maps every character back to the original."""

from kabarchi.text.normalize import APOSTROPHE, normalize, normalize_term
from kabarchi.text.view import Edit, TextView

__all__ = ["APOSTROPHE", "Edit", "TextView", "normalize", "normalize_term"]
