/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory of the linuxu platform: the image itself and one heap mapped
 * with mmap (anonymous, private, not reserved: pages cost host memory only
 * once touched). The heap size in MiB is CONFIG_LINUXU_DEFAULT_HEAPMB or
 * the linuxu.heap=<MiB> library parameter. Regions are set up on the
 * first query, which ukboot makes after parsing library parameters; a
 * bad size or a failed mapping ends the process with a clear message.
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
#if CONFIG_LIBUKLIBPARAM
UK_LIB_PARAM_STR(heap);
#endif

static struct ukplat_memregion_desc mrds[2];
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
