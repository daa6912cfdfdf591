/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The platform's table of memory regions (see <uk/plat/memory.h>), filled
 * once at boot by the loader-specific code through kvm_memregion_add(),
 * kept sorted by base address, read-only afterwards; the reserved
 * ranges (image, boot data) that free RAM is cut around; and the report
 * of the image layout.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/memory.h>
#include <uk/plat/bootstrap.h>
#include <uk/asm/lcpu.h>
#include <kvm/setup.h>

static struct ukplat_memregion_desc mrds[KVM_MAX_MEMREGIONS];
static int mrd_count;

/* Ranges that free RAM must not include, sorted, page aligned */
struct resv {
	__u64 start, end;
};

static struct resv resv[KVM_MAX_RESERVED];
static int nresv;

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

void kvm_memregion_reserve(__u64 start, __u64 end, int flags,
			   const char *name)
{
	int i;

	/* The region keeps the exact bounds (an initrd reader must not see
	 * the page's tail as data); free RAM is cut around whole pages. */
	if (flags && end > start)
		kvm_memregion_add(start, end - start, flags, name);
	start = ALIGN_DOWN(start, (__u64)__PAGE_SIZE);
	end = ALIGN_UP(end, (__u64)__PAGE_SIZE);
	if (end <= start)
		return;
	if (nresv == KVM_MAX_RESERVED) {
		/* Cannot happen with the few ranges we have; be loud if so */
		uk_pr_crit("Too many reserved ranges; %s may be overwritten\n",
			   name);
		return;
	}
	for (i = nresv; i > 0 && resv[i - 1].start > start; i--)
		resv[i] = resv[i - 1];
	resv[i].start = start;
	resv[i].end = end;
	nresv++;
}

void kvm_memregion_foreach_free(__u64 start, __u64 end,
				kvm_free_range_fn fn, void *arg)
{
	int i;

	start = ALIGN_UP(start, (__u64)__PAGE_SIZE);
	end = ALIGN_DOWN(end, (__u64)__PAGE_SIZE);
	for (i = 0; i < nresv && start < end; i++) {
		if (resv[i].end <= start || resv[i].start >= end)
			continue;
		if (resv[i].start > start)
			fn(start, resv[i].start, arg);
		start = MAX(start, resv[i].end);
	}
	if (start < end)
		fn(start, end, arg);
}

static void add_free_fn(__u64 start, __u64 end, void *arg)
{
	__u64 *total = arg;

	if (kvm_memregion_add(start, end - start, UKPLAT_MEMRF_FREE |
			      UKPLAT_MEMRF_READABLE | UKPLAT_MEMRF_WRITABLE,
			      "free") == 0)
		*total += end - start;
}

__u64 kvm_memregion_add_free(__u64 start, __u64 end)
{
	__u64 total = 0;

	kvm_memregion_foreach_free(start, end, add_free_fn, &total);
	return total;
}

void kvm_memregion_check(__u64 free_total)
{
	uk_pr_info("Memory: %llu KiB free in total\n",
		   (unsigned long long)(free_total >> 10));
	kvm_memregion_print();
	if (free_total < KVM_MIN_FREE_MEM) {
		uk_pr_crit("Not enough memory: %llu KiB free after the kernel "
			   "image, at least %llu KiB needed (give QEMU more "
			   "with -m)\n",
			   (unsigned long long)(free_total >> 10),
			   (unsigned long long)(KVM_MIN_FREE_MEM >> 10));
		ukplat_terminate(UKPLAT_CRASH);
	}
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

void kvm_image_layout_print(void)
{
	uk_pr_info("Image: text %p-%p, rodata %p-%p, data %p-%p, bss %p-%p\n",
		   _text, _etext, _rodata, _erodata, _data, _edata,
		   __bss_start, _end);
}
