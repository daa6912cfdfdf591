/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Naming the owner of a guard page in a crash report (see
 * <uk/plat/memory.h> and <uk/plat/common/stack_guard.h>). The page
 * tables themselves are the platform's.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/asm/lcpu.h>
#include <uk/plat/memory.h>
#include <uk/plat/common/stack_guard.h>

static const char *(*guard_owner)(unsigned long addr);
static unsigned long boot_guard;	/* 0: none */

void plat_boot_stack_guard_set(unsigned long guard_page)
{
	boot_guard = guard_page;
}

void ukplat_page_guard_owner_set(const char *(*owner)(unsigned long addr))
{
	guard_owner = owner;
}

int ukplat_page_guard_report(unsigned long fault_addr)
{
	const char *name;

	if (boot_guard && fault_addr >= boot_guard &&
	    fault_addr < boot_guard + __PAGE_SIZE) {
		uk_pr_crit("Stack overflow on the boot stack: access to its "
			   "guard page at %016lx\n", fault_addr);
		return 1;
	}
	if (!guard_owner)
		return 0;
	name = guard_owner(fault_addr);
	if (!name)
		return 0;
	uk_pr_crit("Stack overflow in thread \"%s\": access to its guard "
		   "page at %016lx\n", name, fault_addr);
	return 1;
}
