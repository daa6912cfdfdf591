/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 descriptor tables and exception reporting.
 *
 * x86_traps_init() finishes the GDT built by the entry code with a TSS
 * whose IST stacks take double faults, NMIs, machine checks and page
 * faults (so that a broken or overflowed stack still gets a report), loads an IDT with all 32 exceptions
 * and the 16 legacy IRQ vectors, and chooses how IRQ entry saves the
 * extended CPU state.
 *
 * Every exception is fatal: the handler prints the report shared with
 * other x86 platforms (trap_report.c), then terminates the system with a
 * crash status, so QEMU exits instead of looping or triple-faulting.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/asm/cpu.h>
#include <x86/desc.h>
#include <x86/traps.h>

#define IST_STACK_SIZE		(16 * 1024)
#define TSS_DESC_TYPE		0x89ULL	/* present, 64-bit TSS */

/* Read by the IRQ entry path in cpu_vectors.S */
__u64 x86_fpu_save_size = 512;
__u8 x86_fpu_use_xsave;

extern const unsigned long x86_vector_stubs[];

static struct idt_gate idt[IDT_NUM_ENTRIES] __align(16);
static struct tss64 tss __align(16);
static char ist_stacks[TSS_IST_NUM][IST_STACK_SIZE] __align(16);


static void idt_set_gate(unsigned int vec, unsigned long handler,
			 unsigned int ist)
{
	struct idt_gate *g = &idt[vec];

	g->offset_lo = handler & 0xffff;
	g->selector = GDT_SEL_CODE;
	g->ist = ist & 0x7;
	g->type_attr = IDT_GATE_INTR;
	g->offset_mid = (handler >> 16) & 0xffff;
	g->offset_hi = handler >> 32;
	g->reserved = 0;
}

static void tss_install(void)
{
	__u64 base = (__u64)(__uptr)&tss;
	__u64 limit = sizeof(tss) - 1;
	struct desc_ptr gdtr;

	tss.ist[TSS_IST_DF - 1] =
		(__u64)(__uptr)&ist_stacks[0][IST_STACK_SIZE];
	tss.ist[TSS_IST_NMI - 1] =
		(__u64)(__uptr)&ist_stacks[1][IST_STACK_SIZE];
	tss.ist[TSS_IST_PF - 1] =
		(__u64)(__uptr)&ist_stacks[2][IST_STACK_SIZE];
	/* No I/O permission bitmap: the offset points past the TSS */
	tss.iomap_base = sizeof(tss);

	x86_gdt[GDT_DESC_TSS_LO] = (limit & 0xffff)
		| ((base & 0xffffff) << 16)
		| (TSS_DESC_TYPE << 40)
		| (((limit >> 16) & 0xf) << 48)
		| (((base >> 24) & 0xff) << 56);
	x86_gdt[GDT_DESC_TSS_HI] = base >> 32;

	gdtr.limit = sizeof(x86_gdt) - 1;
	gdtr.base = (__u64)(__uptr)x86_gdt;
	__asm__ __volatile__("lgdt %0" : : "m"(gdtr) : "memory");
	__asm__ __volatile__("ltr %w0" : : "r"(GDT_SEL_TSS) : "memory");
}

static void fpu_save_setup(void)
{
	__u32 eax, ebx, ecx, edx;

#if CONFIG_ARCH_X86_64_NO_SIMD
	/* No code of the image touches the vector registers */
	uk_pr_debug("IRQ entry saves no FPU state (integer-only image)\n");
	return;
#endif
	ukarch_x86_cpuid(1, 0, &eax, &ebx, &ecx, &edx);
	if (ecx & X86_CPUID1_ECX_OSXSAVE) {
		ukarch_x86_cpuid(0xd, 0, &eax, &ebx, &ecx, &edx);
		x86_fpu_save_size = ALIGN_UP((__u64)ebx, 64);
		x86_fpu_use_xsave = 1;
	} else {
		x86_fpu_save_size = 512;
		x86_fpu_use_xsave = 0;
	}
	/* Room to align the area down to 64 bytes */
	x86_fpu_save_size += 64;
	uk_pr_debug("IRQ entry saves %s state (%lu bytes)\n",
		    x86_fpu_use_xsave ? "XSAVE" : "FXSAVE",
		    (unsigned long)x86_fpu_save_size - 64);
}

void x86_traps_init(void)
{
	struct desc_ptr idtr;
	unsigned int vec, ist;

	tss_install();

	for (vec = 0; vec < X86_IRQ_VECTOR_BASE + X86_IRQ_NUM_LINES; vec++) {
		if (vec == TRAP_double_fault)
			ist = TSS_IST_DF;
		else if (vec == TRAP_nmi || vec == TRAP_machine_check)
			ist = TSS_IST_NMI;
		else if (vec == TRAP_page_fault)
			ist = TSS_IST_PF;
		else
			ist = 0;
		idt_set_gate(vec, x86_vector_stubs[vec], ist);
	}

	idtr.limit = sizeof(idt) - 1;
	idtr.base = (__u64)(__uptr)idt;
	__asm__ __volatile__("lidt %0" : : "m"(idtr) : "memory");

	fpu_save_setup();
	uk_pr_info("IDT: %d vectors at %p, TSS %p, IST stacks %p (%d KiB)\n",
		   X86_IRQ_VECTOR_BASE + X86_IRQ_NUM_LINES, (void *)idt,
		   (void *)&tss, (void *)ist_stacks, IST_STACK_SIZE / 1024);
}

/* The control registers, for the shared trap report */
void x86_sysregs_dump(unsigned long fault_addr __unused)
{
	uk_pr_crit("CR0: %016lx  CR2: %016lx  CR3: %016lx  CR4: %016lx\n",
		   ukarch_x86_read_cr0(), ukarch_x86_read_cr2(),
		   ukarch_x86_read_cr3(), ukarch_x86_read_cr4());
}

void x86_trap_handler(struct __regs *regs)
{
	x86_trap_report(regs, ukarch_x86_read_cr2());
	ukplat_terminate(UKPLAT_CRASH);
}
