/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * IDT, exception reports and interrupt dispatch through the legacy 8259
 * PICs (lines 0-15 on vectors 32-47).
 */
#include <errno.h>
#include <stddef.h>
#include <x86/io.h>
#include <uk/print.h>
#include <uk/backtrace.h>
#include <uk/plat/irq.h>
#include <uk/plat/bootstrap.h>
#include <kvm-x86/setup.h>

#define NUM_VECTORS	48
#define IRQ_BASE	32
#define NUM_IRQS	16
#define MAX_HANDLERS	4

struct idt_gate {
	__u16 off_lo, sel;
	__u8 ist, type;
	__u16 off_mid;
	__u32 off_hi, reserved;
} __packed;

static struct idt_gate idt[NUM_VECTORS] __align(16);
extern const unsigned long x86_vector_table[NUM_VECTORS];

static const char *const trap_names[32] = {
	"divide error", "debug", "NMI", "breakpoint", "overflow",
	"bound range exceeded", "invalid opcode", "device not available",
	"double fault", "coprocessor segment overrun", "invalid TSS",
	"segment not present", "stack-segment fault",
	"general protection fault", "page fault", "reserved",
	"x87 floating-point error", "alignment check", "machine check",
	"SIMD floating-point error", "virtualization exception",
	"control protection", [30] = "security exception",
};

void kvm_traps_init(void)
{
	struct {
		__u16 limit;
		__u64 base;
	} __packed idtr = { sizeof(idt) - 1, (__u64)idt };

	for (int v = 0; v < NUM_VECTORS; v++) {
		unsigned long a = x86_vector_table[v];

		idt[v].off_lo = a & 0xffff;
		idt[v].sel = 0x08;
		idt[v].ist = 0;
		idt[v].type = 0x8e;	/* present, ring 0, interrupt gate */
		idt[v].off_mid = (a >> 16) & 0xffff;
		idt[v].off_hi = a >> 32;
	}
	__asm__ __volatile__("lidt %0" : : "m"(idtr));
	uk_pr_info("IDT: %d vectors at %p\n", NUM_VECTORS, idt);
}

static void dump_regs(const struct kvm_regs *r)
{
	unsigned long cr2;

	__asm__ __volatile__("mov %%cr2, %0" : "=r"(cr2));
	_uk_printk(KLVL_CRIT, NULL, NULL, 0,
		   "RIP: %04lx:%016lx RFLAGS: %016lx\n"
		   "RSP: %04lx:%016lx CR2: %016lx\n"
		   "RAX: %016lx RBX: %016lx RCX: %016lx\n"
		   "RDX: %016lx RSI: %016lx RDI: %016lx\n"
		   "RBP: %016lx R8:  %016lx R9:  %016lx\n"
		   "R10: %016lx R11: %016lx R12: %016lx\n"
		   "R13: %016lx R14: %016lx R15: %016lx\n",
		   r->cs, r->rip, r->rflags, r->ss, r->rsp, cr2,
		   r->rax, r->rbx, r->rcx, r->rdx, r->rsi, r->rdi,
		   r->rbp, r->r8, r->r9, r->r10, r->r11, r->r12,
		   r->r13, r->r14, r->r15);
}

/* --- legacy PIC ----------------------------------------------------- */
#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xa0
#define PIC2_DATA	0xa1
#define PIC_EOI		0x20

void kvm_pic_init(void)
{
	outb(PIC1_CMD, 0x11);		/* ICW1: init, ICW4 follows */
	outb(PIC2_CMD, 0x11);
	outb(PIC1_DATA, IRQ_BASE);	/* ICW2: vector offsets */
	outb(PIC2_DATA, IRQ_BASE + 8);
	outb(PIC1_DATA, 0x04);		/* ICW3: slave on line 2 */
	outb(PIC2_DATA, 0x02);
	outb(PIC1_DATA, 0x01);		/* ICW4: 8086 mode */
	outb(PIC2_DATA, 0x01);
	outb(PIC1_DATA, 0xfb);		/* everything masked but cascade */
	outb(PIC2_DATA, 0xff);
	uk_pr_info("PIC: 8259 lines 0-15 on vectors %d-%d\n", IRQ_BASE,
		   IRQ_BASE + NUM_IRQS - 1);
}

void kvm_pic_unmask(unsigned int irq)
{
	__u16 port = irq < 8 ? PIC1_DATA : PIC2_DATA;

	outb(port, inb(port) & ~(1 << (irq & 7)));
}

static struct {
	irq_handler_func_t func;
	void *arg;
} handlers[NUM_IRQS][MAX_HANDLERS];

int ukplat_irq_register(unsigned long irq, irq_handler_func_t func,
			void *arg)
{
	if (irq >= NUM_IRQS || !func)
		return -EINVAL;
	for (int i = 0; i < MAX_HANDLERS; i++) {
		if (handlers[irq][i].func)
			continue;
		handlers[irq][i].arg = arg;
		handlers[irq][i].func = func;
		kvm_pic_unmask(irq);
		return 0;
	}
	return -ENOMEM;
}

void x86_vector_handler(struct kvm_regs *r)
{
	if (r->vector < 32) {
		uk_pr_crit("Unhandled trap %lu (%s), error code 0x%lx\n",
			   r->vector, trap_names[r->vector] ?
			   trap_names[r->vector] : "reserved", r->error_code);
		dump_regs(r);
		uk_backtrace_fp(r->rbp);
		ukplat_terminate(UKPLAT_CRASH);
	}

	unsigned int irq = r->vector - IRQ_BASE;
	int handled = 0;

	for (int i = 0; i < MAX_HANDLERS && handlers[irq][i].func; i++)
		handled |= handlers[irq][i].func(handlers[irq][i].arg);
	if (!handled && irq != 7 && irq != 15)
		uk_pr_debug("Unhandled IRQ %u\n", irq);
	if (irq >= 8)
		outb(PIC2_CMD, PIC_EOI);
	outb(PIC1_CMD, PIC_EOI);
}
