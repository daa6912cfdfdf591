/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory of the linuxu platform: the image itself, one heap mapped with
 * mmap (anonymous, private, not reserved: pages cost host memory only once
 * touched) and, with linuxu.initrd=<file>, that file mapped as the initial
 * ramdisk (private copy-on-write pages, so the file is never changed).
 * The heap size in MiB is CONFIG_LINUXU_DEFAULT_HEAPMB or the
 * linuxu.heap=<MiB> library parameter. Regions are set up on the first
 * query, which ukboot makes after parsing library parameters; a bad size,
 * an unreadable file or a failed mapping ends the process with a clear
 * message.
 */
#include <errno.h>
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/config.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/memory.h>
#include <linuxu/setup.h>
#include <linuxu/syscall.h>
#if CONFIG_LIBUKLIBPARAM
#include <uk/libparam.h>
#endif

/* 1 TiB: more is surely a typo */
#define HEAP_MAX_MB		(1UL << 20)

static char *heap;
static char *initrd;
#if CONFIG_LIBUKLIBPARAM
UK_LIB_PARAM_STR(heap);
UK_LIB_PARAM_STR(initrd);
#endif

static struct ukplat_memregion_desc mrds[3];
static int mrd_count = -1;

/* Size in MiB from the parameter, or 0 if it is not a size */
static unsigned long heap_mb_parse(const char *s)
{
	unsigned long mb = 0;

	if (!*s)
		return 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		mb = mb * 10 + (*s - '0');
		if (mb > HEAP_MAX_MB)
			return 0;
	}
	return mb;
}

static void __noreturn initrd_fail(const char *what, long err)
{
	uk_pr_crit("linuxu.initrd=%s: %s (error %ld)\n", initrd, what, -err);
	ukplat_exit(LINUXU_USAGE_STATUS);
}

/* The file named by linuxu.initrd, mapped as a region */
static void initrd_map(struct ukplat_memregion_desc *mrd)
{
	long fd, size;
	void *base;

	fd = sys_openat(LINUXU_AT_FDCWD, initrd,
			LINUXU_O_RDONLY | LINUXU_O_CLOEXEC, 0);
	if (fd < 0)
		initrd_fail("cannot open the file", fd);
	size = sys_lseek((int)fd, 0, LINUXU_SEEK_END);
	if (size <= 0)
		initrd_fail(size ? "cannot tell the size" : "the file is empty",
			    size);
	base = sys_mmap(NULL, (__sz)size,
			LINUXU_PROT_READ | LINUXU_PROT_WRITE,
			LINUXU_MAP_PRIVATE, (int)fd, 0);
	sys_close((int)fd);
	if (linuxu_is_err(base))
		initrd_fail("cannot map the file", (long)base);

	*mrd = (struct ukplat_memregion_desc) {
		.base = base,
		.len = (__sz)size,
		.flags = UKPLAT_MEMRF_INITRD | UKPLAT_MEMRF_READABLE |
			 UKPLAT_MEMRF_WRITABLE,
		.name = "initrd",
	};
	uk_pr_debug("Initrd: %s mapped at %p - %p (%ld bytes)\n", initrd,
		    base, (char *)base + size, size);
}

static void memregions_init(void)
{
	unsigned long mb = CONFIG_LINUXU_DEFAULT_HEAPMB;
	__sz len;
	void *base;

	if (heap) {
		mb = heap_mb_parse(heap);
		if (!mb) {
			uk_pr_crit("linuxu.heap=%s: expected the heap size in "
				   "MiB, a whole number from 1 to %lu\n", heap,
				   HEAP_MAX_MB);
			ukplat_exit(LINUXU_USAGE_STATUS);
		}
	}
	len = (__sz)mb << 20;
	base = sys_mmap(NULL, len, LINUXU_PROT_READ | LINUXU_PROT_WRITE,
			LINUXU_MAP_PRIVATE | LINUXU_MAP_ANONYMOUS |
			LINUXU_MAP_NORESERVE, -1, 0);
	if (linuxu_is_err(base)) {
		uk_pr_crit("Could not map a heap of %lu MiB: error %ld (set "
			   "a smaller linuxu.heap=<MiB>)\n", mb, -(long)base);
		ukplat_exit(LINUXU_USAGE_STATUS);
	}

	mrds[0] = (struct ukplat_memregion_desc) {
		.base = _text,
		.len = (__sz)(_end - _text),
		.flags = UKPLAT_MEMRF_KERNEL | UKPLAT_MEMRF_RESERVED |
			 UKPLAT_MEMRF_READABLE,
		.name = "image",
	};
	mrds[1] = (struct ukplat_memregion_desc) {
		.base = base,
		.len = len,
		.flags = UKPLAT_MEMRF_FREE | UKPLAT_MEMRF_READABLE |
			 UKPLAT_MEMRF_WRITABLE,
		.name = "heap",
	};
	mrd_count = 2;
	if (initrd)
		initrd_map(&mrds[mrd_count++]);
	uk_pr_debug("Image: %p - %p (%lu KiB)\n", _text, _end,
		    (unsigned long)(_end - _text) >> 10);
	uk_pr_debug("Heap: %lu MiB mapped at %p - %p (%s)\n", mb, base,
		    (char *)base + len,
		    heap ? "linuxu.heap" : "CONFIG_LINUXU_DEFAULT_HEAPMB");
}

int ukplat_memregion_count(void)
{
	if (mrd_count < 0)
		memregions_init();
	return mrd_count;
}

int ukplat_memregion_get(int i, struct ukplat_memregion_desc *mrd)
{
	if (i < 0 || i >= ukplat_memregion_count() || !mrd)
		return -EINVAL;
	*mrd = mrds[i];
	return 0;
}
