/* SPDX-License-Identifier: BSD-3-Clause */
/* alloca(): stack allocation, freed when the calling function returns. */
#ifndef __NOLIBC_ALLOCA_H__
#define __NOLIBC_ALLOCA_H__

#include <stddef.h>

#undef alloca
#define alloca(size)	__builtin_alloca(size)

#endif /* __NOLIBC_ALLOCA_H__ */
