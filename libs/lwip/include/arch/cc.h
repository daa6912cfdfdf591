/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lwIP's compiler and platform port: types from the C library, byte
 * order, diagnostics through ukdebug, assertions that crash with the
 * location, and a random number source.
 */
#ifndef __LWIP_ARCH_CC_H__
#define __LWIP_ARCH_CC_H__

#include <stddef.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/time.h>
#include <fcntl.h>
#if __has_include(<sys/ioctl.h>)
/* FIONREAD/FIONBIO with the C library's values, not lwIP's */
#include <sys/ioctl.h>
#endif
#include <arch/fd_set.h>
#include <uk/print.h>
#include <uk/assert.h>

#ifndef BYTE_ORDER
#define BYTE_ORDER LITTLE_ENDIAN
#endif

/* errno comes from the C library's <errno.h> */
#define LWIP_ERRNO_STDINCLUDE 1

#define LWIP_PLATFORM_DIAG(x)	do { uk_pr_info x; } while (0)
#define LWIP_PLATFORM_ASSERT(x)						\
	UK_CRASH("lwIP assertion \"%s\" failed at %s:%d\n", x,		\
		 __FILE__, __LINE__)

uint32_t lwip_port_rand(void);
#define LWIP_RAND()	lwip_port_rand()

#endif /* __LWIP_ARCH_CC_H__ */
