/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Guard pages on linuxu (see <uk/plat/memory.h>): mprotect() of heap
 * pages to no access and back to read-write, as the heap was mapped.
 * Linux reports an access as SIGSEGV, whose handler runs on the
 * alternate signal stack (traps.c).
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/asm/lcpu.h>
#include <uk/plat/memory.h>
#include <linuxu/syscall.h>

static int page_protect(void *addr, __sz len, int prot)
{
	long rc;

	if (((__uptr)addr | len) & (__PAGE_SIZE - 1))
		return -EINVAL;
	rc = sys_mprotect(addr, len, prot);
	return rc < 0 ? (int)rc : 0;
}

int ukplat_page_guard(void *addr, __sz len)
{
	return page_protect(addr, len, 0);
}

int ukplat_page_unguard(void *addr, __sz len)
{
	return page_protect(addr, len, LINUXU_PROT_READ | LINUXU_PROT_WRITE);
}
