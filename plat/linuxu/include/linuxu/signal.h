/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Linux signals as the kernel sees them: numbers, sigaction flags, the
 * 64-bit kernel sigset, sigaction, siginfo, sigaltstack and the timer
 * sigevent. The machine context of a handler (ucontext) is per
 * architecture, in the trap code that reads it.
 */
#ifndef __LINUXU_SIGNAL_H__
#define __LINUXU_SIGNAL_H__

#include <uk/essentials.h>
#include <linuxu/syscall.h>

#define LINUXU_SIGHUP		1
#define LINUXU_SIGINT		2
#define LINUXU_SIGILL		4
#define LINUXU_SIGTRAP		5
#define LINUXU_SIGABRT		6
#define LINUXU_SIGBUS		7
#define LINUXU_SIGFPE		8
#define LINUXU_SIGKILL		9
#define LINUXU_SIGSEGV		11
#define LINUXU_SIGALRM		14
#define LINUXU_SIGTERM		15
#define LINUXU_SIGSTOP		19
#define LINUXU_SIGIO		29
#define LINUXU_NSIG		64

#define LINUXU_SA_SIGINFO	0x00000004
#define LINUXU_SA_RESTORER	0x04000000
#define LINUXU_SA_ONSTACK	0x08000000
#define LINUXU_SA_RESTART	0x10000000
#define LINUXU_SA_NODEFER	0x40000000

#define LINUXU_SIG_BLOCK	0
#define LINUXU_SIG_UNBLOCK	1
#define LINUXU_SIG_SETMASK	2

#define LINUXU_SIGEV_SIGNAL	0

#define LINUXU_SIGSTKSZ		(64 * 1024)

#ifndef __ASSEMBLY__
typedef __u64 linuxu_sigset_t;

#define linuxu_sigbit(sig)	((linuxu_sigset_t)1 << ((sig) - 1))

struct linuxu_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	linuxu_sigset_t mask;
};

struct linuxu_siginfo {
	int signo;
	int err;
	int code;
	int pad;
	union {
		void *addr;		/* SIGSEGV, SIGBUS, SIGILL, SIGFPE */
		char bytes[112];
	} u;
};

struct linuxu_stack {
	void *sp;
	int flags;
	__sz size;
};

struct linuxu_sigevent {
	union {
		int ival;
		void *pval;
	} value;
	int signo;
	int notify;
	char pad[48];
};

/* Returns from a signal handler (entry.S): the rt_sigreturn call */
void linuxu_sigreturn(void);

static inline long sys_rt_sigaction(int sig,
				    const struct linuxu_sigaction *act,
				    struct linuxu_sigaction *old)
{
	return linuxu_syscall4(__LNR_rt_sigaction, sig, act, old,
			       sizeof(linuxu_sigset_t));
}

static inline long sys_rt_sigprocmask(int how, const linuxu_sigset_t *set,
				      linuxu_sigset_t *old)
{
	return linuxu_syscall4(__LNR_rt_sigprocmask, how, set, old,
			       sizeof(linuxu_sigset_t));
}

static inline long sys_rt_sigsuspend(const linuxu_sigset_t *mask)
{
	return linuxu_syscall2(__LNR_rt_sigsuspend, mask,
			       sizeof(linuxu_sigset_t));
}

static inline long sys_sigaltstack(const struct linuxu_stack *ss,
				   struct linuxu_stack *old)
{
	return linuxu_syscall2(__LNR_sigaltstack, ss, old);
}

static inline long sys_timer_create(int clk, struct linuxu_sigevent *sev,
				    int *timerid)
{
	return linuxu_syscall3(__LNR_timer_create, clk, sev, timerid);
}

static inline long sys_timer_settime(int timerid, int flags,
				     const struct linuxu_itimerspec *val,
				     struct linuxu_itimerspec *old)
{
	return linuxu_syscall4(__LNR_timer_settime, timerid, flags, val, old);
}
#endif /* !__ASSEMBLY__ */

#endif /* __LINUXU_SIGNAL_H__ */
