import sys

from kabarchi.cli import main

sys.exit(main())
