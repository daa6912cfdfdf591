/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The filesystem registry (the .uk_fs_list section filled by
 * UK_FS_REGISTER) and the mount table.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <uk/print.h>
#include "vfs.h"

extern const struct vfscore_fs_type *const uk_fslist_start[];
extern const struct vfscore_fs_type *const uk_fslist_end[];

/* MS_RDONLY is enforced; the others mean nothing without exec, setuid
 * or access times, and are accepted */
#define MOUNT_FLAGS	(MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | \
			 MS_NOATIME)

static UK_TAILQ_HEAD(, struct mount) mounts =
	UK_TAILQ_HEAD_INITIALIZER(mounts);

/* Which filesystems ran their vs_init already (bit per list index) */
static unsigned long fs_inited;

const struct vfscore_fs_type *vfscore_fs_find(const char *name)
{
	const struct vfscore_fs_type *const *fs;

	for (fs = uk_fslist_start; fs < uk_fslist_end; fs++)
		if (!strcmp((*fs)->vs_name, name))
			return *fs;
	return NULL;
}

static int fs_init_once(const struct vfscore_fs_type *fs)
{
	const struct vfscore_fs_type *const *it;
	unsigned int i = 0;
	int err;

	for (it = uk_fslist_start; *it != fs; it++)
		i++;
	if (i >= 8 * sizeof(fs_inited) || (fs_inited & (1UL << i)))
		return 0;
	if (fs->vs_init) {
		err = fs->vs_init();
		if (err)
			return err;
	}
	fs_inited |= 1UL << i;
	return 0;
}

struct mount *vfs_findroot(const char *path)
{
	struct mount *mp, *best = NULL;
	size_t bestlen = 0;

	UK_TAILQ_FOREACH(mp, &mounts, m_link) {
		size_t n = strlen(mp->m_path);

		if (!vfs_path_is_under(path, mp->m_path))
			continue;
		if (!best || n > bestlen) {
			best = mp;
			bestlen = n;
		}
	}
	return best;
}

int vfs_check_writable(struct dentry *dp)
{
	return (dp->d_mount && (dp->d_mount->m_flags & MS_RDONLY)) ?
		EROFS : 0;
}

int vfs_is_mountpoint(const char *path)
{
	struct mount *mp;

	UK_TAILQ_FOREACH(mp, &mounts, m_link)
		if (!strcmp(mp->m_path, path))
			return 1;
	return 0;
}

static void mount_free(struct mount *mp)
{
	free(mp->m_path);
	free(mp->m_dev);
	free(mp);
}

static int do_mount(const char *dev, const char *path, const char *fstype,
		    unsigned long flags, const void *data)
{
	const struct vfscore_fs_type *fs;
	struct dentry *covered;
	struct mount *mp;
	int err;

	if (!fstype)
		return EINVAL;
	if (flags & ~MOUNT_FLAGS) {
		uk_pr_err("mount %s: flags %#lx not supported (only MS_RDONLY, "
			  "MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_NOATIME)\n", path,
			  flags & ~MOUNT_FLAGS);
		return EINVAL;
	}
	fs = vfscore_fs_find(fstype);
	if (!fs) {
		uk_pr_err("mount %s: unknown filesystem type \"%s\"\n",
			  path, fstype);
		return ENODEV;
	}
	if (vfs_is_mountpoint(path))
		return EBUSY;
	/* Except for the first root, the mount point must be a directory */
	if (vfs_findroot(path)) {
		err = vfs_namei(path, &covered);
		if (err)
			return err;
		err = covered->d_vnode->v_type == VDIR ? 0 : ENOTDIR;
		vfscore_dentry_release(covered);
		if (err)
			return err;
	} else if (strcmp(path, "/")) {
		return ENOENT;
	}
	err = fs_init_once(fs);
	if (err)
		return err;

	mp = calloc(1, sizeof(*mp));
	if (!mp)
		return ENOMEM;
	mp->m_path = strdup(path);
	mp->m_dev = strdup(dev ? dev : "");
	if (!mp->m_path || !mp->m_dev) {
		mount_free(mp);
		return ENOMEM;
	}
	mp->m_op = fs->vs_op;
	mp->m_fs = fs;
	mp->m_flags = (int)flags;
	err = mp->m_op->vfs_mount(mp, mp->m_dev, (int)flags, data);
	if (err) {
		mount_free(mp);
		return err;
	}
	mp->m_rootdp = vfs_dentry_alloc(path, mp->m_root, mp);
	if (!mp->m_rootdp) {
		mp->m_op->vfs_unmount(mp, 0);
		mount_free(mp);
		return ENOMEM;
	}
	/* Lookups of paths below now go to the new filesystem */
	vfs_dcache_drop(path);
	UK_TAILQ_INSERT_TAIL(&mounts, mp, m_link);
	uk_pr_info("Mounted %s (%s) at %s\n", mp->m_dev, fstype, path);
	return 0;
}

int vfscore_mount(const char *dev, const char *path, const char *fstype,
		  unsigned long flags, const void *data)
{
	char full[PATH_MAX];
	int err;

	vfs_lock();
	err = vfs_fullpath(AT_FDCWD, path, full);
	if (!err)
		err = do_mount(dev, full, fstype, flags, data);
	vfs_unlock();
	return -err;
}

int vfscore_umount(const char *path, int flags)
{
	char full[PATH_MAX];
	struct mount *mp, *other;
	int err;

	vfs_lock();
	err = vfs_fullpath(AT_FDCWD, path, full);
	if (err)
		goto out;
	mp = vfs_findroot(full);
	if (!mp || strcmp(mp->m_path, full)) {
		err = EINVAL;
		goto out;
	}
	/* Not while something is mounted below it */
	UK_TAILQ_FOREACH(other, &mounts, m_link) {
		if (other != mp && vfs_path_is_under(other->m_path,
						     mp->m_path)) {
			err = EBUSY;
			goto out;
		}
	}
	err = vfs_dcache_drop_mount(mp);
	if (err)
		goto out;
	/* Open files (even of unlinked paths) keep their vnodes */
	if (mp->m_rootdp->d_refcnt > 1 || mp->m_vcount > 1) {
		err = EBUSY;
		goto out;
	}
	UK_TAILQ_REMOVE(&mounts, mp, m_link);
	vfscore_dentry_release(mp->m_rootdp);
	err = mp->m_op->vfs_unmount(mp, flags);
	if (err)
		uk_pr_err("umount %s: the filesystem reported error %d; "
			  "detached anyway\n", full, err);
	mount_free(mp);
	err = 0;
out:
	vfs_unlock();
	return -err;
}

int mount(const char *source, const char *target, const char *fstype,
	  unsigned long flags, const void *data)
{
	int err = vfscore_mount(source, target, fstype, flags, data);

	if (err) {
		errno = -err;
		return -1;
	}
	return 0;
}

int umount2(const char *target, int flags)
{
	int err = vfscore_umount(target, flags);

	if (err) {
		errno = -err;
		return -1;
	}
	return 0;
}

int umount(const char *target)
{
	return umount2(target, 0);
}

void vfs_sync_all(void)
{
	struct mount *mp;

	UK_TAILQ_FOREACH(mp, &mounts, m_link)
		if (mp->m_op->vfs_sync)
			mp->m_op->vfs_sync(mp);
}
