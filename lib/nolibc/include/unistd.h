/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * POSIX system interface prototypes. Most are implemented elsewhere:
 * file operations by a filesystem library (vfscore), sleep/usleep by
 * lib/uktime, process calls by the posix-* libraries. Without vfscore,
 * nolibc itself provides write() to fds 1 and 2 (the console), read()
 * from fd 0 (the console, blocking until input arrives), isatty() and
 * close() on those three; other descriptors fail with EBADF.
 */
#ifndef __NOLIBC_UNISTD_H__
#define __NOLIBC_UNISTD_H__

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif

#define F_OK		0
#define X_OK		1
#define W_OK		2
#define R_OK		4

#define _SC_PAGESIZE		30
#define _SC_PAGE_SIZE		_SC_PAGESIZE
#define _SC_NPROCESSORS_CONF	83
#define _SC_NPROCESSORS_ONLN	84

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
ssize_t pread(int fd, void *buf, size_t count, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int isatty(int fd);
int dup(int oldfd);
int dup2(int oldfd, int newfd);
int dup3(int oldfd, int newfd, int flags);
int pipe(int pipefd[2]);
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
int ftruncate(int fd, off_t length);
int truncate(const char *path, off_t length);

int access(const char *path, int mode);
int faccessat(int dirfd, const char *path, int mode, int flags);
int unlinkat(int dirfd, const char *path, int flags);
int chdir(const char *path);
int fchdir(int fd);
char *getcwd(char *buf, size_t size);
int unlink(const char *path);
int rmdir(const char *path);
int link(const char *oldpath, const char *newpath);
int symlink(const char *target, const char *linkpath);
ssize_t readlink(const char *path, char *buf, size_t bufsiz);
int chown(const char *path, uid_t owner, gid_t group);
int fchown(int fd, uid_t owner, gid_t group);

unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);

pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int gethostname(char *name, size_t len);
long sysconf(int name);
int getpagesize(void);

void _exit(int status) __attribute__((__noreturn__));

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_UNISTD_H__ */
