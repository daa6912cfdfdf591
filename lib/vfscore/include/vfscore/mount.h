/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Filesystems and mounts.
 *
 * A filesystem library describes itself with a struct vfscore_fs_type and
 * registers it with UK_FS_REGISTER(fstype): the entry lands in an ELF
 * section that vfscore scans by name at mount time, so no central table
 * lists filesystems. vs_init, if set, runs once before the first mount.
 *
 * vfs_mount(mp, dev, flags, data) sets mp->m_root to a new reference on
 * the root vnode (vfscore wraps it in the mount's root dentry) and may keep
 * state in mp->m_data; vfs_unmount releases that state. All return 0 or a
 * positive errno. vfs_statfs fills a zeroed struct statfs.
 *
 * Flags: MS_RDONLY is enforced by vfscore (EROFS); MS_NOSUID, MS_NODEV,
 * MS_NOEXEC and MS_NOATIME are accepted; anything else is EINVAL.
 *
 * mount(2)/umount(2) (declared in <sys/mount.h>) are implemented on
 * vfscore_mount()/vfscore_umount(), which return 0 or a negative errno.
 */
#ifndef __VFSCORE_MOUNT_H__
#define __VFSCORE_MOUNT_H__

#include <uk/essentials.h>
#include <uk/list.h>
#include <vfscore/vnode.h>

struct statfs;
struct mount;

struct vfsops {
	int (*vfs_mount)(struct mount *mp, const char *dev, int flags,
			 const void *data);
	int (*vfs_unmount)(struct mount *mp, int flags);
	int (*vfs_sync)(struct mount *mp);
	int (*vfs_statfs)(struct mount *mp, struct statfs *sfp);
	const struct vnops *vfs_vnops;
};

struct vfscore_fs_type {
	const char *vs_name;
	int (*vs_init)(void);
	const struct vfsops *vs_op;
};

struct mount {
	const struct vfsops *m_op;
	const struct vfscore_fs_type *m_fs;
	int m_flags;			/* MS_* */
	char *m_path;			/* mount point, absolute */
	char *m_dev;			/* device (e.g. a 9p mount tag) */
	struct vnode *m_root;		/* set by vfs_mount */
	struct dentry *m_rootdp;	/* dentry of m_path in this mount */
	void *m_data;			/* the filesystem's */
	int m_vcount;			/* vnodes alive on this mount */
	UK_TAILQ_ENTRY(struct mount) m_link;
};

#define UK_FS_REGISTER(fstype)						\
	static const struct vfscore_fs_type *const __used		\
	__section(".uk_fs_list")					\
	UK_CONCAT(__uk_fs_, __LINE__) = &(fstype)

int vfscore_mount(const char *dev, const char *path, const char *fstype,
		  unsigned long flags, const void *data);
int vfscore_umount(const char *path, int flags);
/* The registered filesystem of that name, or NULL */
const struct vfscore_fs_type *vfscore_fs_find(const char *name);

#endif /* __VFSCORE_MOUNT_H__ */
