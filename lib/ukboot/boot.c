/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The boot sequence: constructors, command line, allocator, scheduler,
 * init levels, banner, main(), shutdown with main's return code.
 */
#include <stdio.h>
#include <string.h>
#include <uk/config.h>
#include <uk/ctors.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/argparse.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/memory.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#if CONFIG_LIBUKLIBPARAM
#include <uk/libparam.h>
#endif
#if CONFIG_LIBUKALLOC
#include <uk/alloc.h>
#endif
#if CONFIG_LIBUKBOOT_INITBBUDDY
#include <uk/allocbbuddy.h>
#define alloc_init	uk_allocbbuddy_init
#elif CONFIG_LIBUKBOOT_INITREGION
#include <uk/allocregion.h>
#define alloc_init	uk_allocregion_init
#endif
#if CONFIG_LIBUKBOOT_INITSCHEDCOOP
#include <uk/sched.h>
#include <uk/schedcoop.h>
#endif

int main(int argc, char *argv[]);
void uk_boot_banner(void);

typedef void (*init_array_fn_t)(void);
extern const init_array_fn_t __init_array_start[] __weak;
extern const init_array_fn_t __init_array_end[] __weak;

struct boot_args {
	int argc;
	char **argv;
};

static void run_ctors(void)
{
	const uk_ctor_func_t *ctor;
	const init_array_fn_t *fn;

	uk_pr_debug("Call constructors\n");
	uk_ctortab_foreach(ctor, uk_ctortab_start, uk_ctortab_end) {
		uk_pr_debug("Call constructor %p\n", *ctor);
		(*ctor)();
	}
	for (fn = __init_array_start; fn < __init_array_end; fn++) {
		uk_pr_debug("Call compiler constructor %p\n", *fn);
		(*fn)();
	}
}

#if CONFIG_LIBUKALLOC && !CONFIG_LIBUKBOOT_NOALLOC
/* Heap on the largest free region; the other free regions are added. */
static struct uk_alloc *heap_init(void)
{
	struct ukplat_memregion_desc md, best = { .len = 0 };
	struct uk_alloc *a;

	ukplat_memregion_foreach(&md, UKPLAT_MEMRF_FREE) {
		if (md.len > best.len)
			best = md;
	}
	if (!best.len)
		UK_CRASH("No free memory region for the heap\n");

	uk_pr_info("Heap: %p - %p (%lu KiB)\n", best.base,
		   (char *)best.base + best.len,
		   (unsigned long)(best.len >> 10));
	a = alloc_init(best.base, best.len);
	if (!a)
		UK_CRASH("Could not initialise the allocator on %p (%lu bytes): "
			 "not enough memory\n", best.base,
			 (unsigned long)best.len);

	ukplat_memregion_foreach(&md, UKPLAT_MEMRF_FREE) {
		if (md.base == best.base)
			continue;
		uk_pr_info("Heap: add %p - %p (%lu KiB)\n", md.base,
			   (char *)md.base + md.len,
			   (unsigned long)(md.len >> 10));
		uk_alloc_addmem(a, md.base, md.len);
	}
	ukplat_memallocator_set(a);
	return a;
}
#endif

static int run_inittab(void)
{
	const uk_init_func_t *fn;

	uk_pr_debug("Call init functions\n");
	for (fn = uk_inittab_start; fn < uk_inittab_end; fn++) {
		int rc;

		uk_pr_debug("Call init function %p\n", *fn);
		rc = (*fn)();
		if (rc < 0) {
			uk_pr_crit("Init function at %p failed: %d\n", *fn,
				   rc);
			return rc;
		}
	}
	return 0;
}

static void __noreturn main_thread(void *arg)
{
	struct boot_args *ba = arg;
	int rc;

	if (run_inittab() < 0)
		ukplat_terminate(UKPLAT_CRASH);

	uk_boot_banner();
	/* The platform's clock counts from its start early in boot */
	uk_pr_info("Reached main() %lu us after boot\n",
		   (unsigned long)(ukplat_monotonic_clock() / 1000));
	uk_pr_info("Calling main(%d, [", ba->argc);
	for (int i = 0; i < ba->argc; i++)
		uk_printk(KLVL_INFO, "%s'%s'", i ? ", " : "", ba->argv[i]);
	uk_printk(KLVL_INFO, "])\n");

	rc = main(ba->argc, ba->argv);
	fflush(stdout);
	uk_pr_info("main returned %d, halting system\n", rc);
	ukplat_exit(rc);
}

void __noreturn ukplat_entry(int argc, char *argv[])
{
	static struct boot_args ba;
	int consumed = 0;

	run_ctors();

#if CONFIG_LIBUKLIBPARAM
	/* argv[0] is the image; library parameters end at "--" */
	if (argc > 1)
		consumed = uk_libparam_parse(argc - 1, &argv[1]);
#endif
	/* Keep argv[0] in front of the application's arguments */
	if (consumed > 0) {
		argv[consumed] = argv[0];
		argv += consumed;
		argc -= consumed;
	}
	ba.argc = argc;
	ba.argv = argv;

#if CONFIG_LIBUKALLOC && !CONFIG_LIBUKBOOT_NOALLOC
	struct uk_alloc *a = heap_init();
#endif

#if CONFIG_LIBUKBOOT_INITSCHEDCOOP
	struct uk_sched *s = uk_schedcoop_init(a);

	if (!s)
		UK_CRASH("Could not initialise the scheduler\n");
	uk_sched_start(s, main_thread, &ba);
#else
	ukplat_lcpu_enable_irq();
	main_thread(&ba);
#endif
}

void __noreturn ukplat_entry_argp(char *arg0, char *argb, __sz argb_len)
{
	static char *argv[CONFIG_LIBUKBOOT_MAXNBARGS];
	int argc = 0;

	if (arg0)
		argv[argc++] = arg0;
	if (argb)
		argc += uk_argnparse(argb, argb_len, &argv[argc],
				     CONFIG_LIBUKBOOT_MAXNBARGS - argc - 1);
	argv[argc] = NULL;
	ukplat_entry(argc, argv);
}
