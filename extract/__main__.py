"""``python -m extract`` runs the ``bogoseo`` command."""

from extract.cli import main

main(prog_name="bogoseo")
