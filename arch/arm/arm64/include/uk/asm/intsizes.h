/* SPDX-License-Identifier: BSD-3-Clause */
/* LP64: int is 32 bits, long and pointers are 64 bits. */
#ifndef __UKARCH_INTSIZES_H__
#define __UKARCH_INTSIZES_H__

#define __PTR_IS_64		1
#define __C_IS_LP64		1

#endif
