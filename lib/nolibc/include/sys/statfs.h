/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Filesystem statistics: struct statfs with the Linux layout of 64-bit
 * architectures, statfs() and fstatfs(), implemented by vfscore (each
 * filesystem answers for itself; 9pfs asks its server, ramfs and devfs
 * report ENOSYS).
 */
#ifndef __NOLIBC_SYS_STATFS_H__
#define __NOLIBC_SYS_STATFS_H__

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	int __val[2];
} fsid_t;

struct statfs {
	long f_type;
	long f_bsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsblkcnt_t f_bavail;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsid_t f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
	long f_spare[4];
};

int statfs(const char *path, struct statfs *buf);
int fstatfs(int fd, struct statfs *buf);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_SYS_STATFS_H__ */
