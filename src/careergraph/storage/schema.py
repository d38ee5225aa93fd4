"""The on-disk layout of a saved graph (a SQLite file) and its format version.

One file holds the whole built graph, laid out for partial reads:

- ``meta``: format name, version, content digest, counts, the name-key fingerprint;
- ``nodes`` / ``edges``: every node and edge with its attributes as JSON, in build order
  (so the networkx graph materialised from the file is the one the build made);
- ``lookup``: normalised name keys, squashed titles and title words -> node ids, so a name is
  found through an index instead of recomputing tens of thousands of keys per command;
- ``blobs``: the build report, the routing adjacency (roles and moves only, compact) and the
  name normaliser's learnt acronyms (version 2: a rowid table, which reads large values fast);
- ``chunks``: the hash of each chunk of the content digest, one per node and one per edge
  source (version 3: a patch hashes again only the chunks it changes, see
  :class:`~careergraph.storage.content.Digest`).

Every row carries a CRC-32 of all its columns, so a damaged row is noticed when it is read;
a node row also records how many edges leave and enter it, so an edge lost to a damaged
index is noticed too, and the CRC of its columns but the attributes (``head``), so its name
and degree are read without them (version 2).

The SQLite header's ``application_id`` marks the file as careergraph's, so a foreign SQLite
file is told apart from a damaged one.

>>> FORMAT, VERSION
('careergraph-store', 3)
>>> APPLICATION_ID.to_bytes(4, "big")
b'CGst'
"""

from __future__ import annotations

__all__ = ["APPLICATION_ID", "DDL", "FORMAT", "SQLITE_MAGIC", "VERSION"]

FORMAT = "careergraph-store"
#: Bump when the layout or the meaning of a column changes: older files are rebuilt/refused.
VERSION = 3
#: ``PRAGMA application_id``: "CGst".
APPLICATION_ID = int.from_bytes(b"CGst", "big")
#: The first 16 bytes of every SQLite 3 file.
SQLITE_MAGIC = b"SQLite format 3\x00"

DDL = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    # ``attrs`` last and ``head`` (the CRC of the columns before it): a name, aliases or
    # degree is read and checked without reading the attributes, which for a skill in many
    # guides are megabytes of sources (SQLite walks a value's overflow pages to reach any
    # column stored after it).
    "CREATE TABLE nodes (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, "
    "name TEXT NOT NULL, aliases TEXT NOT NULL, degree TEXT NOT NULL, head INTEGER NOT NULL, "
    "crc INTEGER NOT NULL, attrs BLOB NOT NULL)",
    "CREATE INDEX nodes_type ON nodes (type, seq)",
    "CREATE TABLE edges (seq INTEGER PRIMARY KEY, src TEXT NOT NULL, dst TEXT NOT NULL, "
    "key TEXT NOT NULL, attrs BLOB NOT NULL, crc INTEGER NOT NULL)",
    "CREATE INDEX edges_src ON edges (src, key)",
    "CREATE INDEX edges_dst ON edges (dst, key)",
    "CREATE TABLE lookup (kind TEXT NOT NULL, key TEXT NOT NULL, node TEXT NOT NULL, "
    "crc INTEGER NOT NULL, PRIMARY KEY (kind, key, node)) WITHOUT ROWID",
    # A rowid table: a multi-megabyte value in a WITHOUT ROWID table (an index b-tree) reads
    # about ten times slower (0.3 s for the 9 MB routing section at 50,000 guides).
    "CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL, crc INTEGER NOT NULL)",
    "CREATE TABLE chunks (kind TEXT NOT NULL, key TEXT NOT NULL, sha BLOB NOT NULL, "
    "crc INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID",
)
