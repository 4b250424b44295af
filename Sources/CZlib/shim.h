// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#include <zlib.h>
