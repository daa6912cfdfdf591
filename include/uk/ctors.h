/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Early constructors: UK_CTOR_PRIO(fn, prio) runs fn() before any init
 * level, in ascending priority 0-9, then the compiler's own constructors
 * (__attribute__((constructor))). They run on the boot stack with the
 * console available but no allocator: keep them tiny.
 */
#ifndef __UK_CTORS_H__
#define __UK_CTORS_H__

#include <uk/essentials.h>

typedef void (*uk_ctor_func_t)(void);

#define __UK_CTOR_SECTION(prio)	".uk_ctortab" #prio

#define UK_CTOR_PRIO(fn, prio)						\
	static const uk_ctor_func_t __used				\
	__section(__UK_CTOR_SECTION(prio))				\
	UK_CONCAT(__uk_ctortab_, fn) = (fn)

#define UK_CTOR(fn)		UK_CTOR_PRIO(fn, 9)

extern const uk_ctor_func_t uk_ctortab_start[];
extern const uk_ctor_func_t uk_ctortab_end[];

#define uk_ctortab_foreach(itr, start, end)				\
	for ((itr) = (start); (itr) < (end); (itr)++)

#endif
