"""``python -m careergraph``: the same command line as the ``careergraph`` script.

For environments where the console script is not on ``PATH`` (a virtualenv not activated, a
checkout run with ``PYTHONPATH=src``)::

    python -m careergraph path "MLOps Engineer" "Director"
"""

from careergraph.cli import main

if __name__ == "__main__":
    main()
