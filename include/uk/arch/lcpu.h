/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * CPU primitives of the architecture: memory barriers (mb, rmb, wmb),
 * ukarch_spinwait() for busy loops, the stack and page geometry
 * (__PAGE_SIZE, __PAGE_SHIFT, __STACK_SIZE) and ukarch_read_sp().
 * Implemented by <uk/asm/lcpu.h> of the selected architecture.
 */
#ifndef __UKARCH_LCPU_H__
#define __UKARCH_LCPU_H__

#include <uk/essentials.h>
#include <uk/asm/lcpu.h>

#endif
