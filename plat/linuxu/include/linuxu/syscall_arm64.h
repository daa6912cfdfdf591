/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Linux arm64 system call numbers (the generic table) and the raw `svc 0`:
 * number in x8, arguments in x0-x5, the result (or -errno) in x0.
 */
#ifndef __LINUXU_SYSCALL_ARM64_H__
#define __LINUXU_SYSCALL_ARM64_H__

#define __LNR_fcntl		25
#define __LNR_ioctl		29
#define __LNR_openat		56
#define __LNR_close		57
#define __LNR_lseek		62
#define __LNR_read		63
#define __LNR_write		64
#define __LNR_writev		66
#define __LNR_ppoll		73
#define __LNR_exit_group	94
#define __LNR_timer_create	107
#define __LNR_timer_settime	110
#define __LNR_clock_gettime	113
#define __LNR_sigaltstack	132
#define __LNR_rt_sigsuspend	133
#define __LNR_rt_sigaction	134
#define __LNR_rt_sigprocmask	135
#define __LNR_rt_sigreturn	139
#define __LNR_getpid		172
#define __LNR_execve		221
#define __LNR_mmap		222
#define __LNR_mprotect		226

#ifndef __ASSEMBLY__
static inline long linuxu_syscall6(long nr, long a, long b, long c, long d,
				   long e, long f)
{
	register long x8 __asm__("x8") = nr;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;

	__asm__ __volatile__("svc #0"
			     : "+r"(x0)
			     : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4),
			       "r"(x5)
			     : "memory");
	return x0;
}
#endif

#endif
