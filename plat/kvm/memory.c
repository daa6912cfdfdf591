/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The platform's table of memory regions (see <uk/plat/memory.h>), filled
 * once at boot by the loader-specific code through kvm_memregion_add(),
 * kept sorted by base address, read-only afterwards.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/memory.h>
#include <kvm/setup.h>

static struct ukplat_memregion_desc mrds[KVM_MAX_MEMREGIONS];
static int mrd_count;
static struct uk_alloc *plat_allocator;

int kvm_memregion_add(__uptr base, __sz len, int flags, const char *name)
{
	int i;

	if (!len)
		return 0;
	if (mrd_count == KVM_MAX_MEMREGIONS) {
		uk_pr_warn("Memory region table full: dropping %s at %p "
			   "(%lu KiB)\n", name, (void *)base,
			   (unsigned long)(len >> 10));
		return -ENOMEM;
	}
	for (i = mrd_count; i > 0 && (__uptr)mrds[i - 1].base > base; i--)
		mrds[i] = mrds[i - 1];
	mrds[i].base = (void *)base;
	mrds[i].len = len;
	mrds[i].flags = flags;
	mrds[i].name = name;
	mrd_count++;
	return 0;
}

static const char *flags_str(int flags, char *buf)
{
	buf[0] = (flags & UKPLAT_MEMRF_FREE) ? 'f' : '-';
	buf[1] = (flags & UKPLAT_MEMRF_RESERVED) ? 'R' : '-';
	buf[2] = (flags & UKPLAT_MEMRF_READABLE) ? 'r' : '-';
	buf[3] = (flags & UKPLAT_MEMRF_WRITABLE) ? 'w' : '-';
	buf[4] = (flags & UKPLAT_MEMRF_EXECUTABLE) ? 'x' : '-';
	buf[5] = '\0';
	return buf;
}

void kvm_memregion_print(void)
{
	char fbuf[6];
	int i;

	for (i = 0; i < mrd_count; i++) {
		uk_pr_info("Memory: %016lx - %016lx %9lu KiB %s %s\n",
			   (unsigned long)mrds[i].base,
			   (unsigned long)mrds[i].base + mrds[i].len,
			   (unsigned long)(mrds[i].len >> 10),
			   flags_str(mrds[i].flags, fbuf), mrds[i].name);
	}
}

int ukplat_memregion_count(void)
{
	return mrd_count;
}

int ukplat_memregion_get(int i, struct ukplat_memregion_desc *mrd)
{
	if (i < 0 || i >= mrd_count || !mrd)
		return -EINVAL;
	*mrd = mrds[i];
	return 0;
}

int ukplat_memallocator_set(struct uk_alloc *a)
{
	plat_allocator = a;
	return 0;
}

struct uk_alloc *ukplat_memallocator_get(void)
{
	return plat_allocator;
}
