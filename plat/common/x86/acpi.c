/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ACPI power-off (see <x86/acpi.h>). Tables are read in place through the
 * identity map; nothing is copied or written.
 */
#include <stddef.h>
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <x86/acpi.h>
#include <x86/io.h>

#define BIOS_AREA_START		0xe0000
#define BIOS_AREA_END		0x100000
#define EBDA_SEARCH_LEN		1024
#define ADDR_LIMIT		0x100000000ULL	/* identity-mapped */

#define SDT_HDR_LEN		36
#define FADT_DSDT		40
#define FADT_SMI_CMD		48
#define FADT_ACPI_ENABLE	52
#define FADT_PM1A_CNT		64
#define FADT_PM1B_CNT		68
#define FADT_X_DSDT		140

#define PM1_SCI_EN		0x0001
#define PM1_SLP_TYP_SHIFT	10
#define PM1_SLP_EN		0x2000

#define AML_NAME_OP		0x08
#define AML_PACKAGE_OP		0x12
#define AML_ZERO_OP		0x00
#define AML_ONE_OP		0x01
#define AML_BYTE_PREFIX		0x0a

/* Default PM1a control ports: QEMU (PIIX4 PM at 0x600), old Bochs */
#define QEMU_PM1A_CNT		0x604
#define BOCHS_PM1A_CNT		0xb004

static __u16 pm1a_cnt, pm1b_cnt;
static __u16 slp_typa, slp_typb;
static __u32 smi_cmd;
static __u8 acpi_enable_val;
static int acpi_ok;

static inline __u32 rd32(const __u8 *p)
{
	return p[0] | (p[1] << 8) | (p[2] << 16) | ((__u32)p[3] << 24);
}

static inline __u64 rd64(const __u8 *p)
{
	return rd32(p) | ((__u64)rd32(p + 4) << 32);
}

static int sum_ok(const __u8 *p, __sz len)
{
	__u8 s = 0;

	while (len--)
		s += *p++;
	return s == 0;
}

static int sig_is(const __u8 *p, const char *sig, __sz len)
{
	__sz i;

	for (i = 0; i < len; i++)
		if (p[i] != (__u8)sig[i])
			return 0;
	return 1;
}

static const __u8 *rsdp_scan(__uptr start, __uptr end)
{
	__uptr a;

	for (a = ALIGN_UP(start, 16); a + 20 <= end; a += 16) {
		const __u8 *p = (const __u8 *)a;

		if (sig_is(p, "RSD PTR ", 8) && sum_ok(p, 20))
			return p;
	}
	return NULL;
}

/* A table header at `addr` with signature `sig` (NULL: any) */
static const __u8 *sdt_check(__u64 addr, const char *sig)
{
	const __u8 *p;
	__u32 len;

	if (!addr || addr >= ADDR_LIMIT)
		return NULL;
	p = (const __u8 *)(__uptr)addr;
	len = rd32(p + 4);
	if (len < SDT_HDR_LEN || addr + len > ADDR_LIMIT)
		return NULL;
	if (sig && !sig_is(p, sig, 4))
		return NULL;
	if (!sum_ok(p, len))
		return NULL;
	return p;
}

static const __u8 *fadt_find(const __u8 *rsdp)
{
	const __u8 *sdt = NULL;
	__u32 len, i;
	unsigned int esz = 4;

	if (rsdp[15] >= 2 && sum_ok(rsdp, 36))
		sdt = sdt_check(rd64(rsdp + 24), "XSDT");
	if (sdt)
		esz = 8;
	else
		sdt = sdt_check(rd32(rsdp + 16), "RSDT");
	if (!sdt)
		return NULL;

	len = rd32(sdt + 4);
	for (i = SDT_HDR_LEN; i + esz <= len; i += esz) {
		__u64 a = (esz == 8) ? rd64(sdt + i) : rd32(sdt + i);
		const __u8 *t = sdt_check(a, "FACP");

		if (t)
			return t;
	}
	return NULL;
}

/* Finds Name(\_S5_, Package() { typa, typb, ... }) in the DSDT's AML */
static int s5_parse(const __u8 *dsdt)
{
	__u32 len = rd32(dsdt + 4);
	const __u8 *end = dsdt + len;
	const __u8 *p;
	__u16 typ[2];
	unsigned int i;

	for (p = dsdt + SDT_HDR_LEN; p + 4 <= end; p++) {
		if (!sig_is(p, "_S5_", 4))
			continue;
		if (!(p[-1] == AML_NAME_OP ||
		      (p[-1] == '\\' && p[-2] == AML_NAME_OP)))
			continue;
		p += 4;
		if (p >= end || *p != AML_PACKAGE_OP)
			continue;
		p++;
		/* PkgLength: bits 7:6 of the lead byte count extra bytes */
		p += 1 + ((*p >> 6) & 0x3);
		p++;	/* NumElements */
		for (i = 0; i < 2; i++) {
			if (p >= end)
				return -EINVAL;
			if (*p == AML_BYTE_PREFIX) {
				typ[i] = p[1];
				p += 2;
			} else if (*p == AML_ZERO_OP || *p == AML_ONE_OP) {
				typ[i] = *p;
				p++;
			} else {
				return -EINVAL;
			}
		}
		slp_typa = typ[0] & 0x7;
		slp_typb = typ[1] & 0x7;
		return 0;
	}
	return -ENOENT;
}

int x86_acpi_init(__uptr ebda)
{
	const __u8 *rsdp = NULL, *fadt, *dsdt = NULL;
	__u32 fadt_len;

	if (ebda && ebda < BIOS_AREA_START)
		rsdp = rsdp_scan(ebda, ebda + EBDA_SEARCH_LEN);
	if (!rsdp)
		rsdp = rsdp_scan(BIOS_AREA_START, BIOS_AREA_END);
	if (!rsdp) {
		uk_pr_info("ACPI: no RSDP found\n");
		return -ENOENT;
	}

	fadt = fadt_find(rsdp);
	if (!fadt) {
		uk_pr_warn("ACPI: RSDP at %p but no valid FADT\n",
			   (void *)rsdp);
		return -ENOENT;
	}
	fadt_len = rd32(fadt + 4);
	pm1a_cnt = (__u16)rd32(fadt + FADT_PM1A_CNT);
	pm1b_cnt = (__u16)rd32(fadt + FADT_PM1B_CNT);
	smi_cmd = rd32(fadt + FADT_SMI_CMD);
	acpi_enable_val = fadt[FADT_ACPI_ENABLE];

	if (fadt_len >= FADT_X_DSDT + 8)
		dsdt = sdt_check(rd64(fadt + FADT_X_DSDT), "DSDT");
	if (!dsdt)
		dsdt = sdt_check(rd32(fadt + FADT_DSDT), "DSDT");
	if (!dsdt || s5_parse(dsdt) < 0)
		uk_pr_warn("ACPI: no \\_S5 object, assuming sleep type 0\n");

	if (!pm1a_cnt) {
		uk_pr_warn("ACPI: FADT has no PM1a control block\n");
		return -ENOENT;
	}
	acpi_ok = 1;
	uk_pr_info("ACPI: RSDP at %p, FADT at %p, PM1a_CNT 0x%x, S5 type %u\n",
		   (void *)rsdp, (void *)fadt, pm1a_cnt, slp_typa);
	return 0;
}

void x86_acpi_poweroff(void)
{
	unsigned long spin;

	if (acpi_ok) {
		/* Switch from legacy to ACPI mode if the firmware did not */
		if (!(inw(pm1a_cnt) & PM1_SCI_EN) && smi_cmd &&
		    acpi_enable_val) {
			outb(smi_cmd, acpi_enable_val);
			for (spin = 0; spin < 1000000; spin++)
				if (inw(pm1a_cnt) & PM1_SCI_EN)
					break;
		}
		outw(pm1a_cnt, (slp_typa << PM1_SLP_TYP_SHIFT) | PM1_SLP_EN);
		if (pm1b_cnt)
			outw(pm1b_cnt,
			     (slp_typb << PM1_SLP_TYP_SHIFT) | PM1_SLP_EN);
	}
	outw(QEMU_PM1A_CNT, PM1_SLP_EN);
	outw(BOCHS_PM1A_CNT, PM1_SLP_EN);
}
