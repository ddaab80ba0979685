# SPDX-FileCopyrightText: 2024-present Ada Lovelace <ada@example.com>
#
# SPDX-License-Identifier: MIT
__version__ = "0.0.7"
