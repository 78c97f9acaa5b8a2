"""Entities: states, people, organisations and places, in every written form, linked to ids.

    from kabarchi.entities import find_entities, entities_stage, Entity
"""

from kabarchi.entities.entity import Entity
from kabarchi.entities.find import countries_of, entities_stage, find_entities

__all__ = ["Entity", "countries_of", "entities_stage", "find_entities"]
