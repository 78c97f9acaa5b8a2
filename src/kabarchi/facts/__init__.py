"""Trade facts between two states, each with the sentence that states it.

Attachment is what users judge: which figure belongs to which pair of states, which direction and which period.
The rules read one sentence at a time with what the sentences before it established (``kabarchi.discourse``):
the pair named in the clause, a pair adjective, "the two countries" pointing back, or the article's main pair.
"""

from kabarchi.facts.model import Fact, Speaker
from kabarchi.facts.rules import extract_facts, facts_stage

__all__ = ["Fact", "Speaker", "extract_facts", "facts_stage"]
