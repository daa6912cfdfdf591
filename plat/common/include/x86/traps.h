/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 exceptions and interrupt entry.
 *
 * The entry stubs (cpu_vectors.S) build a struct __regs on the stack:
 * all general registers, the vector number, the error code (0 when the
 * CPU pushes none) and the frame the CPU pushed. Exceptions (vectors
 * 0-31) go to x86_trap_handler(), which prints the state and crashes the
 * system; hardware interrupts (vectors X86_IRQ_VECTOR_BASE and up) go
 * to x86_irq_handler() with the FPU/SSE state already saved, so interrupt
 * handlers may be ordinary C code.
 */
#ifndef __PLAT_CMN_X86_TRAPS_H__
#define __PLAT_CMN_X86_TRAPS_H__

#define TRAP_divide_error	0
#define TRAP_debug		1
#define TRAP_nmi		2
#define TRAP_int3		3
#define TRAP_overflow		4
#define TRAP_bounds		5
#define TRAP_invalid_op		6
#define TRAP_no_device		7
#define TRAP_double_fault	8
#define TRAP_coproc_overrun	9
#define TRAP_invalid_tss	10
#define TRAP_no_segment		11
#define TRAP_stack_error	12
#define TRAP_gp_fault		13
#define TRAP_page_fault		14
#define TRAP_spurious_int	15
#define TRAP_coproc_error	16
#define TRAP_alignment_check	17
#define TRAP_machine_check	18
#define TRAP_simd_error		19
#define TRAP_virt_error		20
#define TRAP_control_prot	21
#define TRAP_security_error	30
#define TRAP_NUM_EXCEPTIONS	32

/* Legacy PIC lines are remapped to vectors 32-47 */
#define X86_IRQ_VECTOR_BASE	32
#define X86_IRQ_NUM_LINES	16

/* Offsets in struct __regs, for assembly */
#define REGS_OFF_RBP		(4 * 8)
#define REGS_OFF_VECTOR		(15 * 8)
#define REGS_OFF_ERROR		(16 * 8)
#define REGS_OFF_RIP		(17 * 8)
#define REGS_SIZE		(22 * 8)

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct __regs {
	unsigned long r15, r14, r13, r12, rbp, rbx;
	unsigned long r11, r10, r9, r8, rax, rcx, rdx, rsi, rdi;
	unsigned long vector;
	unsigned long error_code;
	/* pushed by the CPU */
	unsigned long rip, cs, rflags, rsp, ss;
};

/* Install GDT TSS, IST stacks and the IDT; call once at boot. */
void x86_traps_init(void);

void x86_trap_handler(struct __regs *regs);
void x86_irq_handler(struct __regs *regs);

/*
 * The crash report every x86 platform prints for an exception
 * (trap_report.c): trap name, page fault details (fault_addr is CR2),
 * registers, x86_sysregs_dump(), backtrace. A second report while one
 * is being printed terminates the system at once.
 */
void x86_trap_report(const struct __regs *regs, unsigned long fault_addr);
const char *x86_trap_name(unsigned long vec);
/* Print the general registers of a trap frame at critical level. */
void x86_regs_dump(const struct __regs *regs);
/* Provided by the platform: its system registers, at critical level. */
void x86_sysregs_dump(unsigned long fault_addr);
#endif /* !__ASSEMBLY__ */

#endif /* __PLAT_CMN_X86_TRAPS_H__ */
