/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86 port I/O: outb/outw/outl write a value to a port, inb/inw/inl read
 * one; io_delay() waits about a microsecond (a write to the unused port
 * 0x80) for slow legacy devices.
 */
#ifndef __PLAT_CMN_X86_IO_H__
#define __PLAT_CMN_X86_IO_H__

#include <uk/essentials.h>

static inline void outb(__u16 port, __u8 v)
{
	__asm__ __volatile__("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline void outw(__u16 port, __u16 v)
{
	__asm__ __volatile__("outw %0, %1" : : "a"(v), "Nd"(port));
}

static inline void outl(__u16 port, __u32 v)
{
	__asm__ __volatile__("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline __u8 inb(__u16 port)
{
	__u8 v;

	__asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline __u16 inw(__u16 port)
{
	__u16 v;

	__asm__ __volatile__("inw %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline __u32 inl(__u16 port)
{
	__u32 v;

	__asm__ __volatile__("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void io_delay(void)
{
	outb(0x80, 0);
}

#endif /* __PLAT_CMN_X86_IO_H__ */
