/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the parts of the KVM platform share, whatever the architecture:
 * the memory region table (kvm_memregion_add() keeps it sorted by base
 * address and returns a negative errno when it is full), the console
 * set-up and the image layout symbols of the linker script (the boot
 * context's TLS is plat/common's, <uk/plat/tls.h>).
 */
#ifndef __KVM_SETUP_H__
#define __KVM_SETUP_H__

#include <uk/essentials.h>

#define KVM_MAX_MEMREGIONS	32
#define KVM_CMDLINE_MAX		8192

/* Free RAM below this is not worth booting with */
#define KVM_MIN_FREE_MEM	(1024 * 1024ULL)
#define KVM_MAX_RESERVED	16

int kvm_memregion_add(__uptr base, __sz len, int flags, const char *name);
void kvm_memregion_print(void);

/*
 * Reserved ranges: [start, end) (widened to pages) is kept out of free
 * RAM and, when flags is not 0, also listed as a region named `name`.
 * kvm_memregion_foreach_free() calls fn for each page-aligned piece of
 * [start, end) outside them; kvm_memregion_add_free() lists those pieces
 * as free regions and returns their size. kvm_memregion_check() prints
 * the table and stops the system when less than KVM_MIN_FREE_MEM is free.
 */
typedef void (*kvm_free_range_fn)(__u64 start, __u64 end, void *arg);

void kvm_memregion_reserve(__u64 start, __u64 end, int flags,
			   const char *name);
void kvm_memregion_foreach_free(__u64 start, __u64 end,
				kvm_free_range_fn fn, void *arg);
__u64 kvm_memregion_add_free(__u64 start, __u64 end);
void kvm_memregion_check(__u64 free_total);

void kvm_console_init(void);
/* The console's serial port, per architecture (getc: -1 if no byte) */
void kvm_serial_putc(char c);
int kvm_serial_getc(void);
/*
 * Its receive interrupt: kvm_serial_rx_irq_line() is the IRQ to register
 * (a negative errno when the port has none), kvm_serial_rx_irq() turns
 * the interrupt on or off at the UART, kvm_serial_rx_ready() tells
 * whether a received byte is waiting.
 */
int kvm_serial_rx_irq_line(void);
void kvm_serial_rx_irq(int enable);
int kvm_serial_rx_ready(void);

/* Prints where text, rodata, data and bss of the image are */
void kvm_image_layout_print(void);

/* Image layout (linker script) */
extern char _text[], _etext[], _rodata[], _erodata[];
extern char _data[], _edata[], __bss_start[], _end[];

#endif /* __KVM_SETUP_H__ */
