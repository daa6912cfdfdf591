/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Power off: isa-debug-exit (when QEMU has it) carries the status out;
 * then ACPI S5 via the FADT's PM1a control block; then halt.
 */
#include <string.h>
#include <x86/io.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/lcpu.h>

#define DEBUG_EXIT_PORT	0xf4
#define SLP_EN		(1 << 13)

struct acpi_header {
	char sig[4];
	__u32 len;
	__u8 rev, csum;
	char oem[6], oem_table[8];
	__u32 oem_rev, creator, creator_rev;
} __packed;

static const struct acpi_header *find_fadt(void)
{
	for (__uptr p = 0xe0000; p < 0x100000; p += 16) {
		if (memcmp((const void *)p, "RSD PTR ", 8))
			continue;
		const struct acpi_header *rsdt = (const void *)(__uptr)
			*(const __u32 *)(p + 16);
		__u32 n = (rsdt->len - sizeof(*rsdt)) / 4;
		const __u32 *ent = (const __u32 *)(rsdt + 1);

		for (__u32 i = 0; i < n; i++) {
			const struct acpi_header *h =
				(const void *)(__uptr)ent[i];
			if (!memcmp(h->sig, "FACP", 4))
				return h;
		}
		return NULL;
	}
	return NULL;
}

/* SLP_TYPa of \_S5 in the DSDT: Name(_S5_, Package(){a, b, ...}) */
static int s5_sleep_type(const struct acpi_header *dsdt)
{
	const __u8 *p = (const __u8 *)(dsdt + 1);
	const __u8 *end = (const __u8 *)dsdt + dsdt->len;

	for (; p + 8 < end; p++) {
		if (memcmp(p, "_S5_", 4) || p[4] != 0x12)
			continue;
		p += 5;
		p += ((*p & 0xc0) >> 6) + 1;	/* package length */
		p++;				/* element count */
		if (*p == 0x0a)			/* byte prefix */
			p++;
		return *p;
	}
	return 0;
}

static void acpi_poweroff(void)
{
	const struct acpi_header *fadt = find_fadt();
	__u16 pm1a = 0x604;
	int slp_typ = 0;

	if (fadt) {
		const __u8 *f = (const __u8 *)fadt;

		pm1a = *(const __u32 *)(f + 64);
		slp_typ = s5_sleep_type((const void *)(__uptr)
					*(const __u32 *)(f + 40));
	}
	outw(pm1a, (slp_typ << 10) | SLP_EN);
}

void __noreturn ukplat_exit(int status)
{
	ukplat_lcpu_disable_irq();
	outb(DEBUG_EXIT_PORT, status & 0xff);
	acpi_poweroff();
	uk_pr_crit("Power-off failed: halting\n");
	ukplat_lcpu_halt();
}

void __noreturn ukplat_terminate(enum ukplat_gstate request)
{
	switch (request) {
	case UKPLAT_RESTART:
		ukplat_lcpu_disable_irq();
		outb(0x64, 0xfe);	/* keyboard controller reset */
		ukplat_lcpu_halt();
	case UKPLAT_CRASH:
		ukplat_exit(127);
	default:
		ukplat_exit(0);
	}
}
