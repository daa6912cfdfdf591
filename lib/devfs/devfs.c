/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * devfs: a read-only directory of character devices (filesystem type
 * "devfs"): null, zero, urandom (and random, the same generator) and
 * console. With LIBDEVFS_AUTOMOUNT it is mounted at /dev after the root
 * filesystem, creating the directory if the root lacks it (if it cannot,
 * a warning says so and the boot goes on without /dev).
 */
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <uk/config.h>
#include <uk/init.h>
#include <uk/print.h>
#include <vfscore/file.h>
#include <vfscore/mount.h>
#include "devfs.h"

static int null_read(struct vnode *vp __unused,
		     struct vfscore_file *fp __unused,
		     struct uio *uio __unused, int ioflag __unused)
{
	return 0;
}

/* Writes to null, zero and urandom are accepted and dropped */
static int sink_write(struct vnode *vp __unused,
		      struct vfscore_file *fp __unused, struct uio *uio,
		      int ioflag __unused)
{
	while (uio->uio_resid > 0) {
		uio->uio_resid -= uio->uio_iov->iov_len;
		uio->uio_iov->iov_len = 0;
		uio->uio_iov++;
		uio->uio_iovcnt--;
	}
	return 0;
}

static int zero_read(struct vnode *vp __unused,
		     struct vfscore_file *fp __unused, struct uio *uio,
		     int ioflag __unused)
{
	static const char zeros[256];

	while (uio->uio_resid > 0)
		vfscore_uiomove((void *)zeros, MIN((size_t)uio->uio_resid,
						   sizeof(zeros)), uio);
	return 0;
}

static int urandom_read(struct vnode *vp __unused,
			struct vfscore_file *fp __unused, struct uio *uio,
			int ioflag __unused)
{
	char buf[256];

	while (uio->uio_resid > 0) {
		size_t n = MIN((size_t)uio->uio_resid, sizeof(buf));

		devfs_random_fill(buf, n);
		vfscore_uiomove(buf, n, uio);
	}
	return 0;
}

struct devfs_dev {
	const char *name;
	const struct vnops *ops;	/* NULL: the directory */
};

static int devfs_getattr(struct vnode *vp, struct vattr *vap);
static int devfs_lookup(struct vnode *dvp, const char *name,
			struct vnode **vpp);
static int devfs_readdir(struct vnode *vp, struct vfscore_file *fp,
			 struct dirent *dir);

#define DEV_VNOPS(readfn)						\
	{								\
		.vop_read = readfn, .vop_write = sink_write,		\
		.vop_getattr = devfs_getattr, .vop_setattr = VOP_EPERM,	\
		.vop_truncate = VOP_NULL, .vop_fsync = VOP_NULL,	\
		.vop_ioctl = VOP_EINVAL, .vop_readdir = VOP_NOSYS,	\
	}

static const struct vnops null_vnops = DEV_VNOPS(null_read);
static const struct vnops zero_vnops = DEV_VNOPS(zero_read);
static const struct vnops urandom_vnops = DEV_VNOPS(urandom_read);

static const struct vnops dir_vnops = {
	.vop_lookup = devfs_lookup,
	.vop_readdir = devfs_readdir,
	.vop_getattr = devfs_getattr,
	.vop_setattr = VOP_EPERM,
	.vop_create = VOP_EPERM,
	.vop_mkdir = VOP_EPERM,
	.vop_remove = VOP_EPERM,
	.vop_rmdir = VOP_EPERM,
	.vop_rename = VOP_EPERM,
	.vop_fsync = VOP_NULL,
	.vop_truncate = VOP_EINVAL,
	.vop_ioctl = VOP_EINVAL,
};

/* Index + 1 is the inode number; the directory is inode 1 */
static const struct devfs_dev devs[] = {
	{ "null", &null_vnops },
	{ "zero", &zero_vnops },
	{ "random", &urandom_vnops },
	{ "urandom", &urandom_vnops },
	{ "console", &vfscore_console_vnops },
};

static int devfs_getattr(struct vnode *vp, struct vattr *vap)
{
	vap->va_type = vp->v_type;
	vap->va_mode = vp->v_mode & 07777;
	vap->va_nodeid = vp->v_ino;
	vap->va_nlink = vp->v_type == VDIR ? 2 : 1;
	return 0;
}

static int devfs_lookup(struct vnode *dvp, const char *name,
			struct vnode **vpp)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(devs); i++) {
		if (strcmp(devs[i].name, name))
			continue;
		*vpp = vfscore_vnode_alloc(dvp->v_mount, devs[i].ops, VCHR,
					   0666, i + 2);
		return *vpp ? 0 : ENOMEM;
	}
	return ENOENT;
}

static int devfs_readdir(struct vnode *vp __unused, struct vfscore_file *fp,
			 struct dirent *dir)
{
	off_t i = fp->f_offset;

	if (i < 2) {
		strcpy(dir->d_name, i ? ".." : ".");
		dir->d_type = DT_DIR;
		dir->d_ino = 1;
	} else if (i - 2 < (off_t)ARRAY_SIZE(devs)) {
		strcpy(dir->d_name, devs[i - 2].name);
		dir->d_type = DT_CHR;
		dir->d_ino = i;
	} else {
		return ENOENT;
	}
	fp->f_offset++;
	return 0;
}

static int devfs_mount(struct mount *mp, const char *dev __unused,
		       int flags __unused, const void *data __unused)
{
	mp->m_root = vfscore_vnode_alloc(mp, &dir_vnops, VDIR, 0755, 1);
	return mp->m_root ? 0 : ENOMEM;
}

static const struct vfsops devfs_vfsops = {
	.vfs_mount = devfs_mount,
	.vfs_unmount = VOP_NULL,
	.vfs_sync = VOP_NULL,
	.vfs_statfs = VOP_NOSYS,
	.vfs_vnops = &dir_vnops,
};

static struct vfscore_fs_type devfs_fs = {
	.vs_name = "devfs",
	.vs_init = devfs_random_init,
	.vs_op = &devfs_vfsops,
};

UK_FS_REGISTER(devfs_fs);

#if CONFIG_LIBDEVFS_AUTOMOUNT
static int devfs_automount(void)
{
	struct stat st;
	int rc;

	if (stat("/", &st) < 0) {
		uk_pr_info("No root filesystem: devfs not mounted\n");
		return 0;
	}
	/* A root that cannot hold /dev (read-only, devfs itself) keeps
	 * its contents: devfs is then simply not mounted */
	if (mkdir("/dev", 0755) < 0 && errno != EEXIST) {
		uk_pr_warn("devfs not mounted: cannot create /dev: %d\n",
			   errno);
		return 0;
	}
	rc = vfscore_mount("devfs", "/dev", "devfs", 0, NULL);
	if (rc)
		uk_pr_err("Failed to mount devfs at /dev: %d\n", -rc);
	return rc;
}
/* After the root filesystem (priority 0) */
uk_rootfs_initcall_prio(devfs_automount, 5);
#endif
