/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * CMOS (MC146818-compatible RTC and NVRAM) register access through ports
 * 0x70/0x71. cmos_read()/cmos_write() take a register index below 0x80;
 * bit 7 of the index port (NMI disable) is left clear. Not locked: callers
 * run at boot or with interrupts off.
 */
#ifndef __PLAT_CMN_X86_CMOS_H__
#define __PLAT_CMN_X86_CMOS_H__

#include <x86/io.h>

#define CMOS_INDEX		0x70
#define CMOS_DATA		0x71

static inline unsigned int cmos_read(unsigned int reg)
{
	outb(CMOS_INDEX, reg & 0x7f);
	return inb(CMOS_DATA);
}

static inline void cmos_write(unsigned int reg, unsigned int val)
{
	outb(CMOS_INDEX, reg & 0x7f);
	outb(CMOS_DATA, val & 0xff);
}

#endif /* __PLAT_CMN_X86_CMOS_H__ */
