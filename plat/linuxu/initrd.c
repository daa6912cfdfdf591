/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * An initrd for linuxu: the file named by linuxu.initrd_file=<path> (the
 * parameter name of upstream Unikraft) is read into memory once, when
 * the memory regions are first queried, and reported as the
 * UKPLAT_MEMRF_INITRD region. It is read into an anonymous mapping of
 * INITRD_MAX bytes reserved lazily (only the pages read cost memory). A
 * file that cannot be read, or is larger, ends the process with a clear
 * message.
 */
#include <stddef.h>
#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/memory.h>
#include <linuxu/setup.h>
#include <linuxu/syscall.h>
#if CONFIG_LIBUKLIBPARAM
#include <uk/libparam.h>
#endif

#define INITRD_MAX		(1UL << 30)
#define LINUXU_O_RDONLY		0

static char *initrd_file;
#if CONFIG_LIBUKLIBPARAM
UK_LIB_PARAM_STR(initrd_file);
#endif

static void __noreturn initrd_fail(const char *what, long err)
{
	uk_pr_crit("linuxu.initrd_file=%s: %s (error %ld)\n", initrd_file,
		   what, -err);
	ukplat_exit(LINUXU_USAGE_STATUS);
}

int linuxu_initrd_load(struct ukplat_memregion_desc *mrd)
{
	__sz len = 0;
	char *base;
	long fd, r;

	if (!initrd_file || !*initrd_file)
		return 0;
	fd = sys_openat(LINUXU_AT_FDCWD, initrd_file, LINUXU_O_RDONLY, 0);
	if (fd < 0)
		initrd_fail("cannot open", fd);
	base = sys_mmap(NULL, INITRD_MAX, LINUXU_PROT_READ | LINUXU_PROT_WRITE,
			LINUXU_MAP_PRIVATE | LINUXU_MAP_ANONYMOUS |
			LINUXU_MAP_NORESERVE, -1, 0);
	if (linuxu_is_err(base))
		initrd_fail("cannot map memory for it", (long)base);
	while ((r = sys_read((int)fd, base + len, INITRD_MAX - len)) > 0)
		len += r;
	sys_close((int)fd);
	if (r < 0)
		initrd_fail("cannot read", r);
	if (len == INITRD_MAX)
		initrd_fail("larger than 1 GiB", 0);
	*mrd = (struct ukplat_memregion_desc) {
		.base = base,
		.len = len,
		.flags = UKPLAT_MEMRF_INITRD | UKPLAT_MEMRF_RESERVED |
			 UKPLAT_MEMRF_READABLE | UKPLAT_MEMRF_WRITABLE,
		.name = "initrd",
	};
	uk_pr_info("Initrd: %s, %lu bytes at %p\n", initrd_file,
		   (unsigned long)len, base);
	return 1;
}
