/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 8259A programmable interrupt controllers (master at 0x20, slave at
 * 0xa0, cascaded on master line 2), used in their default fully nested
 * mode with explicit EOI. Which lines are edge or level triggered is left
 * as the firmware set it in the ELCR.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <x86/io.h>
#include <x86/pic.h>
#include <x86/traps.h>

#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xa0
#define PIC2_DATA	0xa1

#define ICW1_ICW4	0x01	/* ICW4 follows */
#define ICW1_INIT	0x10
#define ICW4_8086	0x01
#define OCW2_EOI	0x20
#define OCW3_READ_ISR	0x0b

#define PIC_CASCADE_IRQ	2

static __u8 mask1 = 0xff, mask2 = 0xff;

static void pic_write_masks(void)
{
	outb(PIC1_DATA, mask1);
	outb(PIC2_DATA, mask2);
}

void x86_pic_init(void)
{
	outb(PIC1_CMD, ICW1_INIT | ICW1_ICW4);
	io_delay();
	outb(PIC2_CMD, ICW1_INIT | ICW1_ICW4);
	io_delay();
	outb(PIC1_DATA, X86_IRQ_VECTOR_BASE);		/* ICW2: vectors */
	io_delay();
	outb(PIC2_DATA, X86_IRQ_VECTOR_BASE + 8);
	io_delay();
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);	/* ICW3: slave on 2 */
	io_delay();
	outb(PIC2_DATA, PIC_CASCADE_IRQ);		/* ICW3: cascade id */
	io_delay();
	outb(PIC1_DATA, ICW4_8086);
	io_delay();
	outb(PIC2_DATA, ICW4_8086);
	io_delay();

	/* Everything masked except the cascade */
	mask1 = (__u8)~(1 << PIC_CASCADE_IRQ);
	mask2 = 0xff;
	pic_write_masks();
	uk_pr_info("PIC: IRQ 0-15 remapped to vectors %d-%d, all masked\n",
		   X86_IRQ_VECTOR_BASE, X86_IRQ_VECTOR_BASE + 15);
}

void x86_pic_mask(unsigned int irq)
{
	if (irq < 8)
		mask1 |= (1 << irq);
	else
		mask2 |= (1 << (irq - 8));
	pic_write_masks();
}

void x86_pic_unmask(unsigned int irq)
{
	if (irq < 8)
		mask1 &= ~(1 << irq);
	else
		mask2 &= ~(1 << (irq - 8));
	pic_write_masks();
}

void x86_pic_eoi(unsigned int irq)
{
	if (irq >= 8)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}

int x86_pic_spurious(unsigned int irq)
{
	if (irq == 7) {
		outb(PIC1_CMD, OCW3_READ_ISR);
		return !(inb(PIC1_CMD) & 0x80);
	}
	if (irq == 15) {
		outb(PIC2_CMD, OCW3_READ_ISR);
		if (!(inb(PIC2_CMD) & 0x80)) {
			/* The master saw a real request on the cascade */
			outb(PIC1_CMD, OCW2_EOI);
			return 1;
		}
	}
	return 0;
}
