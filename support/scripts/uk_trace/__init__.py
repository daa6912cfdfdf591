# SPDX-License-Identifier: BSD-3-Clause
"""Reading tracepoint samples of Unikraft images (see parse.py)."""
