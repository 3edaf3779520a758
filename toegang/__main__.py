import sys

from toegang.cli import main

sys.exit(main())
