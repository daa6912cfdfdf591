/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Linux x86_64 system call numbers and the raw `syscall` instruction:
 * number in rax, arguments in rdi, rsi, rdx, r10, r8, r9; rcx and r11
 * are clobbered; the result (or -errno) comes back in rax.
 */
#ifndef __LINUXU_SYSCALL_X86_64_H__
#define __LINUXU_SYSCALL_X86_64_H__

#define __LNR_read		0
#define __LNR_write		1
#define __LNR_writev		20
#define __LNR_close		3
#define __LNR_lseek		8
#define __LNR_mmap		9
#define __LNR_mprotect		10
#define __LNR_rt_sigaction	13
#define __LNR_rt_sigprocmask	14
#define __LNR_rt_sigreturn	15
#define __LNR_ioctl		16
#define __LNR_getpid		39
#define __LNR_execve		59
#define __LNR_fcntl		72
#define __LNR_rt_sigsuspend	130
#define __LNR_sigaltstack	131
#define __LNR_arch_prctl	158
#define __LNR_timer_create	222
#define __LNR_timer_settime	223
#define __LNR_clock_gettime	228
#define __LNR_exit_group	231
#define __LNR_openat		257
#define __LNR_ppoll		271

#ifndef __ASSEMBLY__
static inline long linuxu_syscall6(long nr, long a, long b, long c, long d,
				   long e, long f)
{
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	long ret;

	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10),
			       "r"(r8), "r"(r9)
			     : "rcx", "r11", "memory");
	return ret;
}
#endif

#endif
