"""Ready-made questions and Cypher over the knowledge graph, on NetworkX or Neo4j.

`api` holds the functions (papers_mentioning, entity_profile, top, related,
path, search, cooccurrence); `networkx_backend` / `neo4j_backend` fetch;
`resolve` turns typed names into nodes; `cypher` runs user Cypher; `render`
prints tables, JSON and CSV. See docs/usage.md.
"""
