/* SPDX-License-Identifier: BSD-3-Clause */
/* ramfs: mounting and the filesystem's registration with vfscore. */
#include <errno.h>
#include <string.h>
#include <vfscore/mount.h>
#include "ramfs.h"

static int ramfs_mount(struct mount *mp, const char *dev __unused,
		       int flags __unused, const void *data __unused)
{
	struct ramfs_node *root = ramfs_node_alloc("/", VDIR, 0755);

	if (!root)
		return ENOMEM;
	mp->m_data = root;
	mp->m_root = ramfs_vnode(mp, root);
	if (!mp->m_root) {
		ramfs_tree_free(root);
		return ENOMEM;
	}
	return 0;
}

static int ramfs_unmount(struct mount *mp, int flags __unused)
{
	/* vfscore released every vnode of the mount already */
	ramfs_tree_free(mp->m_data);
	mp->m_data = NULL;
	return 0;
}

static const struct vfsops ramfs_vfsops = {
	.vfs_mount = ramfs_mount,
	.vfs_unmount = ramfs_unmount,
	.vfs_sync = VOP_NULL,
	.vfs_statfs = VOP_NOSYS,
	.vfs_vnops = &ramfs_vnops,
};

static struct vfscore_fs_type ramfs_fs = {
	.vs_name = "ramfs",
	.vs_op = &ramfs_vfsops,
};

UK_FS_REGISTER(ramfs_fs);
