"""Internals of :mod:`careergraph.routes`: one small module per concern.

- :mod:`~careergraph.routing.models`: the pydantic results (``Route``, ``Step``, ``SkillsGap``…)
- :mod:`~careergraph.routing.index`: a per-graph cache of the role-move graph and requirements
- :mod:`~careergraph.routing.targets`: a target string -> one role or a set of roles at a level
- :mod:`~careergraph.routing.search`: shortest and k-best loopless routes
- :mod:`~careergraph.routing.skills`: ``have`` matching and the skills to learn per step

Use the public functions in :mod:`careergraph.routes`; these modules may change.
"""
