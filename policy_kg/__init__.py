"""policy-kg: Chinese policy and news documents in, a knowledge graph out.

The package is laid out as the repository is: ``policy_kg.graph`` (model,
ontology, stores), ``policy_kg.loaders`` (documents in, entities and
relations out), ``policy_kg.cypher`` (saved queries), ``policy_kg.viz``
(views, reports) and ``policy_kg.cli`` (the ``kg`` command).
"""

from __future__ import annotations

__version__ = "0.1.0"
