/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Just enough ACPI to power off: x86_acpi_init() finds the RSDP (in the
 * EBDA at `ebda`, if non-zero, then in the BIOS area 0xe0000-0xfffff),
 * follows the XSDT or RSDT to the FADT and reads the PM1 control ports
 * and the \_S5 sleep type from the DSDT. It returns 0 when a power-off
 * path was found, a negative errno otherwise.
 * x86_acpi_poweroff() enters S5 if that worked, then tries the PM1
 * control ports QEMU and Bochs use by default; it returns only if the
 * machine is still running.
 */
#ifndef __PLAT_CMN_X86_ACPI_H__
#define __PLAT_CMN_X86_ACPI_H__

#include <uk/essentials.h>

int x86_acpi_init(__uptr ebda);
void x86_acpi_poweroff(void);

#endif /* __PLAT_CMN_X86_ACPI_H__ */
