"""Interactive explorers: self-contained pyvis / vis-network HTML pages of the graph.

    views.py   which nodes and edges each page shows (overview, entity, paper), with caps
    render.py  a view -> one offline, escaped, reproducible HTML page (overview_html,
               entity_html, paper_html, write_html)
    site.py    write_site(): index.html + overview + one page per top entity
    lookup.py  NAME / ID_OR_TITLE -> node id (through the queries package's resolver)
    styles.py  colour and shape per node type, colour per relationship type
    assets.py  the vis-network JS/CSS shipped inside pyvis, for inlining

The command line is `paperkg viz overview|entity|paper|site` (paperkg/commands/viz.py).
"""
