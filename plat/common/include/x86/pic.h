/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The legacy 8259A interrupt controller pair. x86_pic_init() remaps IRQ
 * lines 0-15 to vectors X86_IRQ_VECTOR_BASE..+15 and masks every line;
 * lines are unmasked one by one when a handler is registered. The EOI
 * must be sent for every interrupt that is not spurious.
 */
#ifndef __PLAT_CMN_X86_PIC_H__
#define __PLAT_CMN_X86_PIC_H__

void x86_pic_init(void);
void x86_pic_mask(unsigned int irq);
void x86_pic_unmask(unsigned int irq);
void x86_pic_eoi(unsigned int irq);
/* For IRQ 7 and 15: 1 if the interrupt was spurious (then no EOI). */
int x86_pic_spurious(unsigned int irq);

#endif /* __PLAT_CMN_X86_PIC_H__ */
