/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mounting filesystems: mount(2), umount(2), umount2(2) and the MS_*
 * flags, with Linux's values. Implemented by vfscore; the filesystem
 * types are the names the filesystem libraries register ("ramfs",
 * "9pfs", "devfs"). For 9pfs, `source` is the mount tag of the share.
 */
#ifndef __NOLIBC_SYS_MOUNT_H__
#define __NOLIBC_SYS_MOUNT_H__

#ifdef __cplusplus
extern "C" {
#endif

#define MS_RDONLY	0x0001
#define MS_NOSUID	0x0002
#define MS_NODEV	0x0004
#define MS_NOEXEC	0x0008
#define MS_SYNCHRONOUS	0x0010
#define MS_REMOUNT	0x0020
#define MS_NOATIME	0x0400
#define MS_BIND		0x1000

#define MNT_FORCE	0x1
#define MNT_DETACH	0x2

int mount(const char *source, const char *target, const char *fstype,
	  unsigned long flags, const void *data);
int umount(const char *target);
int umount2(const char *target, int flags);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_SYS_MOUNT_H__ */
