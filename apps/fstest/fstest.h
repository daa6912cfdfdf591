/* SPDX-License-Identifier: BSD-3-Clause */
#ifndef __FSTEST_H__
#define __FSTEST_H__

#include <stdint.h>
#include <stddef.h>

/* crc32_update(0, buf, len) is zlib.crc32(buf) */
uint32_t crc32_update(uint32_t crc, const void *buf, size_t len);

#endif
