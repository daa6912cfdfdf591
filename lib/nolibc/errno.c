/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * errno: one per thread, in thread-local storage.
 *
 * Code may run before the boot code has given the CPU a TLS area (the
 * thread pointer is still zero then); such early errors land in a shared
 * variable instead of faulting on a TLS access.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/plat/tls.h>

static int errno_early;
static __thread int errno_tls;

/* Out of line: the compiler must not compute the address before the test */
static __noinline int *errno_tls_location(void)
{
	return &errno_tls;
}

int *__errno_location(void)
{
	if (unlikely(!ukplat_tlsp_get()))
		return &errno_early;
	return errno_tls_location();
}
