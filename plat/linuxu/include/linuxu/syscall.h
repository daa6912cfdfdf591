/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The linuxu platform's own system call layer: the few Linux calls it
 * needs, issued directly (no host C library). Every wrapper returns what
 * the kernel returns: a result >= 0, or -errno. Structures are the
 * kernel's layouts, not a C library's (sigset_t is 64 bits here).
 */
#ifndef __LINUXU_SYSCALL_H__
#define __LINUXU_SYSCALL_H__

#include <uk/essentials.h>

#if defined(__x86_64__)
#include <linuxu/syscall_x86_64.h>
#elif defined(__aarch64__)
#include <linuxu/syscall_arm64.h>
#else
#error "linuxu: unsupported architecture"
#endif

#define LINUXU_STDIN		0
#define LINUXU_STDOUT		1
#define LINUXU_STDERR		2

#define LINUXU_PROT_READ	0x1
#define LINUXU_PROT_WRITE	0x2
#define LINUXU_MAP_PRIVATE	0x02
#define LINUXU_MAP_ANONYMOUS	0x20
#define LINUXU_MAP_NORESERVE	0x4000

#define LINUXU_CLOCK_REALTIME	0
#define LINUXU_CLOCK_MONOTONIC	1
#define LINUXU_TIMER_ABSTIME	1

#define LINUXU_POLLIN		0x1

#define LINUXU_AT_FDCWD		(-100)
#define LINUXU_O_RDONLY		00
#define LINUXU_O_RDWR		02
#define LINUXU_O_NONBLOCK	04000
#define LINUXU_O_ASYNC		020000
#define LINUXU_O_CLOEXEC	02000000

#define LINUXU_F_GETFL		3
#define LINUXU_F_SETFL		4
#define LINUXU_F_SETOWN		8

#define LINUXU_SEEK_END		2

#define LINUXU_ARCH_SET_FS	0x1002

#define LINUXU_EINTR		4
#define LINUXU_EAGAIN		11

#ifndef __ASSEMBLY__
struct linuxu_timespec {
	long tv_sec;
	long tv_nsec;
};

struct linuxu_itimerspec {
	struct linuxu_timespec it_interval;
	struct linuxu_timespec it_value;
};

struct linuxu_iovec {
	void *base;
	__sz len;
};

struct linuxu_pollfd {
	int fd;
	short events;
	short revents;
};

#define linuxu_syscall0(n)		linuxu_syscall6(n, 0, 0, 0, 0, 0, 0)
#define linuxu_syscall1(n, a)		linuxu_syscall6(n, (long)(a), 0, 0, \
							0, 0, 0)
#define linuxu_syscall2(n, a, b)	linuxu_syscall6(n, (long)(a), \
							(long)(b), 0, 0, 0, 0)
#define linuxu_syscall3(n, a, b, c)	linuxu_syscall6(n, (long)(a), \
							(long)(b), (long)(c), \
							0, 0, 0)
#define linuxu_syscall4(n, a, b, c, d)	linuxu_syscall6(n, (long)(a), \
							(long)(b), (long)(c), \
							(long)(d), 0, 0)

static inline long sys_read(int fd, void *buf, __sz len)
{
	return linuxu_syscall3(__LNR_read, fd, buf, len);
}

static inline long sys_write(int fd, const void *buf, __sz len)
{
	return linuxu_syscall3(__LNR_write, fd, buf, len);
}

static inline long sys_writev(int fd, const struct linuxu_iovec *iov,
			      int n)
{
	return linuxu_syscall3(__LNR_writev, fd, iov, n);
}

static inline long sys_lseek(int fd, long off, int whence)
{
	return linuxu_syscall3(__LNR_lseek, fd, off, whence);
}

static inline long sys_openat(int dirfd, const char *path, int flags,
			      int mode)
{
	return linuxu_syscall4(__LNR_openat, dirfd, path, flags, mode);
}

static inline long sys_close(int fd)
{
	return linuxu_syscall1(__LNR_close, fd);
}

static inline long sys_ioctl(int fd, unsigned long req, void *arg)
{
	return linuxu_syscall3(__LNR_ioctl, fd, req, arg);
}

static inline long sys_fcntl(int fd, int cmd, long arg)
{
	return linuxu_syscall3(__LNR_fcntl, fd, cmd, arg);
}

static inline long sys_ppoll(struct linuxu_pollfd *fds, unsigned long n,
			     const struct linuxu_timespec *timeout)
{
	return linuxu_syscall6(__LNR_ppoll, (long)fds, (long)n,
			       (long)timeout, 0, 8, 0);
}

static inline void *sys_mmap(void *addr, __sz len, int prot, int flags,
			     int fd, long off)
{
	return (void *)linuxu_syscall6(__LNR_mmap, (long)addr, (long)len,
				       prot, flags, fd, off);
}

static inline long sys_mprotect(void *addr, __sz len, int prot)
{
	return linuxu_syscall3(__LNR_mprotect, addr, len, prot);
}

static inline long sys_clock_gettime(int clk, struct linuxu_timespec *ts)
{
	return linuxu_syscall2(__LNR_clock_gettime, clk, ts);
}

static inline long sys_getpid(void)
{
	return linuxu_syscall0(__LNR_getpid);
}

static inline long sys_execve(const char *path, char *const argv[],
			      char *const envp[])
{
	return linuxu_syscall3(__LNR_execve, path, argv, envp);
}

static inline void __noreturn sys_exit_group(int status)
{
	for (;;)
		linuxu_syscall1(__LNR_exit_group, status);
}

#ifdef __LNR_arch_prctl
static inline long sys_arch_prctl(int code, unsigned long addr)
{
	return linuxu_syscall2(__LNR_arch_prctl, code, addr);
}
#endif

/* mmap returns addresses or -errno: the last page is the error range */
static inline int linuxu_is_err(const void *p)
{
	return (unsigned long)p >= (unsigned long)-4095;
}
#endif /* !__ASSEMBLY__ */

#endif /* __LINUXU_SYSCALL_H__ */
